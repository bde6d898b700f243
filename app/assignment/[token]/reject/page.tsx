import { AssignmentResponsePage, assignmentMetadata } from "../assignment-response-page";

export const generateMetadata = assignmentMetadata;

export default async function RejectAssignmentPage({ params }: { params: Promise<{ token: string }> }) {
  return <AssignmentResponsePage token={(await params).token} response="rejected" />;
}
