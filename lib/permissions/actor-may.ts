import type { Action } from "./actions";
import type { Actor } from "./actor";
import { can } from "./can";
import { SYSTEM_GRANTS, TOKEN_GRANTS } from "./token-grants";

/** The guard's decision for every kind of actor (pure, so the suite can table it). */
export function actorMay(actor: Actor, action: Action): boolean {
  switch (actor.kind) {
    case "member":
      return can(actor, action);
    case "token_holder":
      return TOKEN_GRANTS[actor.token].includes(action);
    case "system":
      return SYSTEM_GRANTS.includes(action);
    case "portal_contact":
      // The portal issue decides what a contact may do; until then, nothing.
      return false;
    default:
      return unknownActor(actor);
  }
}

function unknownActor(actor: never): never {
  throw new Error(`unknown actor ${JSON.stringify(actor)}`);
}
