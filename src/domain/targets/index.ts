// Public surface of the pure targets module.
export * from "./definitions";
export * from "./facts";
export { unitExistsAt } from "./areas";
export * from "./measures";
export * from "./progress";
export * from "./compute";
export * from "./labels";
