// Helper types shared by every generated endpoint module. The output carries this file as brand.gen.ts (or, with
// --format js, what our build compiles from it: brand.gen.mjs and brand.gen.d.mts).

declare const unsupported: unique symbol;

/**
 * The type of a parameter value a model rejects. Only a cast can produce one, so assigning a real value fails to
 * compile with a message that carries `Why`: which model, which parameter, and the reason.
 */
export interface Unsupported<Why extends string> {
  readonly [unsupported]: Why;
}

declare const unknownModelBrand: unique symbol;

/** A model id the overlay does not know. Make one with `unknownModel()`; it is checked only against the spec. */
export type UnknownModel = string & { readonly [unknownModelBrand]: true };

/** Marks a model id as deliberately unknown, for the plain union types (the generic builders take any id). */
export function unknownModel(id: string): UnknownModel {
  return id as UnknownModel;
}

/**
 * Keeps a literal `stream` visible in a builder's return type, so SDK overloads pick the streaming one. An absent
 * `stream` stays `undefined`, which both `create()`'s non-streaming overload and the SDK's `.stream()` helper accept.
 */
export type StreamFlag<S> = S extends true ? { stream: true } : S extends undefined ? { stream?: undefined } : { stream?: false | null };

/** A piece of a file's contents: text, binary data or a blob (the parts a `Blob` or `File` is made of). */
export type FileChunk = string | ArrayBuffer | ArrayBufferView | Blob | DataView;

/** A Node.js file stream, as `fs.createReadStream(path)` returns: its chunks, and the path that names the upload. */
export interface FileStream extends AsyncIterable<Uint8Array> {
  readonly path: string | { toString(): string };
}

/**
 * A file for a multipart upload (`format: binary` in the spec): a `File`, a `Blob`, a fetch `Response`, a Node.js
 * file stream, or any async iterable or web `ReadableStream` of chunks. These are the shapes the official SDK
 * uploads, so a request with an `Uploadable` stays assignable to the SDK's params. Not included: the SDK's
 * `toStreamingFile()` result, whose type carries a private brand that no other type can match.
 */
export type Uploadable = File | Blob | Response | FileStream | AsyncIterable<FileChunk> | ReadableStream<FileChunk>;

/** Adds `model` to a builder's params; the builder's declared return type is the result's type. */
export function withModel<T>(params: object, model: string): T {
  return { ...params, model } as T;
}
