export * from "./users";
export * from "./orgs";
export * from "./email";
