// A controller known only at run time settles nothing: a dependent that needs one of its values is refused, naming the
// model, the parameter and the reason (the request would fail whenever the variable holds another value).
import { gpt4oRequest, gpt5_1Request, gpt5_4Request } from "../../../generated/index.js";

declare const flag: boolean;
declare const store: boolean;
declare const effort: "none" | "low";
const messages = [{ role: "user" as const, content: "hi" }];

// @expect-error TS2322 "gpt-4o accepts stream_options only when stream is true"
export const a = gpt4oRequest({ messages, stream: flag, stream_options: { include_usage: true } });

// @expect-error TS2322 "gpt-5.4 accepts temperature only when reasoning_effort is none"
export const b = gpt5_4Request({ messages, reasoning_effort: effort, temperature: 0.5 });

// @expect-error TS2322 "gpt-4o accepts metadata only when store is true"
export const c = gpt4oRequest({ messages, store, metadata: { run: "42" } });

// A controller's value that no case of the model takes: the error lists the values the model takes (the builder's
// type parameter for the controller is constrained to them), as it did when the argument met the union of cases.
// @expect-error TS2322 "Type 'null' is not assignable" "none"
export const d = gpt5_1Request({ messages, reasoning_effort: null });

// @expect-error TS2322 "bogus" "medium"
export const e = gpt5_4Request({ messages, reasoning_effort: "bogus" });
