import { CircleCheck, CircleAlert } from "lucide-react";

/** The whole answer of the approval page when there is nothing to fill in: approved, used, expired… */
export function ApprovalNotice({ tone, title, body, level = 1 }: { tone: "success" | "warning"; title: string; body: string; level?: 1 | 2 }) {
  const Heading = level === 1 ? "h1" : "h2";
  const Icon = tone === "success" ? CircleCheck : CircleAlert;
  return (
    <div role="status" className="py-6 text-center">
      <Icon className={`mx-auto size-10 ${tone === "success" ? "text-emerald-600" : "text-amber-500"}`} aria-hidden />
      <Heading className="mt-3 text-xl font-semibold">{title}</Heading>
      <p className="mx-auto mt-2 max-w-md text-zinc-600 dark:text-zinc-400">{body}</p>
    </div>
  );
}
