/** Choices the server loads for the customer form and the detail page (reps, regions, tags). */
export type MemberOption = { id: string; name: string };
export type RegionOption = { id: string; label: string };
export type ParentOption = { id: string; name: string };
export type TagOption = { id: string; label: string };
export type { CustomerChoices } from "@/lib/customers/list-customer-choices";
