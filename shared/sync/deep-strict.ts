import { z } from 'zod';

type AnyDef = { readonly type: string } & Record<string, unknown>;
type Cloneable = z.ZodType & { clone(def: AnyDef): z.ZodType };

/**
 * The same schema with every object inside it strict (unknown keys refused instead of
 * stripped). Limits, patterns and checks are kept, because each node is cloned with its own
 * definition. Sync needs this for documents on the county server: stripping a key another
 * program added and writing the document back would silently delete that program's data, so
 * such a document is reported as malformed instead, by the app and by the server alike.
 */
export function deepStrict<T extends z.ZodType>(schema: T): T {
  return strictNode(schema) as T;
}

function strictNode(schema: z.ZodType): z.ZodType {
  const node = schema as Cloneable;
  const def = node._zod.def as unknown as AnyDef;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def['shape'] as Record<string, z.ZodType>).map(([key, value]) => [key, strictNode(value)]),
      );
      // An object that names what its other keys hold (the profile: an answer, a string, per
      // question a framework asks) keeps that rule; only "anything" or nothing becomes "none".
      const catchall = def['catchall'] as z.ZodType | undefined;
      const open = catchall === undefined || ['unknown', 'any'].includes((catchall._zod.def as unknown as AnyDef).type);
      return node.clone({ ...def, shape, catchall: open ? z.never() : strictNode(catchall) });
    }
    case 'array':
      return node.clone({ ...def, element: strictNode(def['element'] as z.ZodType) });
    case 'record':
      return node.clone({ ...def, valueType: strictNode(def['valueType'] as z.ZodType) });
    case 'optional':
    case 'nullable':
      return node.clone({ ...def, innerType: strictNode(def['innerType'] as z.ZodType) });
    default:
      return schema;
  }
}
