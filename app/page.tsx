import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listMyOrgs } from "@/lib/orgs/list-my-orgs";

export default async function Home() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const [first] = await listMyOrgs(user);
  redirect(first ? `/${first.slug}` : "/new-org");
}
