import { RecordSkeleton } from "@/components/customers/detail/record-skeleton";

export default RecordSkeleton;
