export * from "./users";
export * from "./orgs";
export * from "./email";
export * from "./picklists";
export * from "./customers";
export * from "./activity";
export * from "./service";
