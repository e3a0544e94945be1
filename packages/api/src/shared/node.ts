import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's object identification interface: anything with a global ID can be refetched with `node(id:)`. */
@InterfaceType("Node", {
  description: "An object with an opaque global ID that `node(id:)` can fetch.",
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: "id", description: "Opaque global ID (base64 of `<Type>:<uuid>`)." })
  globalId: string;
}
