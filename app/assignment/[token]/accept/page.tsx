import { AssignmentResponsePage, assignmentMetadata } from "../assignment-response-page";

export const generateMetadata = assignmentMetadata;

export default async function AcceptAssignmentPage({ params }: { params: Promise<{ token: string }> }) {
  return <AssignmentResponsePage token={(await params).token} response="accepted" />;
}
