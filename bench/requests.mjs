// The 50 chat-completion requests the type-check benchmark compiles. One list, printed three ways (our union type,
// our generic builder, the official SDK's ChatCompletionCreateParams), so every program checks the same requests.
// Every request must be valid for its model under both type sets: the benchmark fails if one does not compile.

const sys = (content) => ({ role: "system", content });
const dev = (content) => ({ role: "developer", content });
const user = (content) => ({ role: "user", content });
const userWithImage = (text, url) => ({
  role: "user",
  content: [
    { type: "text", text },
    { type: "image_url", image_url: { url, detail: "low" } },
  ],
});
const toolRoundTrip = (city) => [
  user(`What is the weather in ${city}?`),
  {
    role: "assistant",
    content: null,
    tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: JSON.stringify({ city }) } }],
  },
  { role: "tool", tool_call_id: "call_1", content: '{"celsius":21,"sky":"clear"}' },
];

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"] } },
      required: ["city"],
      additionalProperties: false,
    },
    strict: true,
  },
};
const searchTool = {
  type: "function",
  function: { name: "search_docs", description: "Full-text search", parameters: { type: "object", properties: { q: { type: "string" } } } },
};
const jsonSchema = (name) => ({
  type: "json_schema",
  json_schema: {
    name,
    strict: true,
    schema: {
      type: "object",
      properties: { answer: { type: "string" }, confidence: { type: "number" } },
      required: ["answer", "confidence"],
      additionalProperties: false,
    },
  },
});
const jsonObject = { type: "json_object" };
const useTool = { type: "function", function: { name: "get_weather" } };

/** @type {Array<Record<string, unknown>>} */
export const requests = [
  // gpt-4o: sampling, tools, structured output, streaming, log probabilities, vision, predicted output
  { model: "gpt-4o", messages: [sys("You are terse."), user("Name three rivers.")], temperature: 0.2, max_tokens: 64 },
  { model: "gpt-4o", messages: toolRoundTrip("Paris"), tools: [weatherTool], tool_choice: "auto", parallel_tool_calls: false },
  { model: "gpt-4o", messages: [user("Is the sky blue?")], response_format: jsonSchema("yes_no"), seed: 7 },
  { model: "gpt-4o", messages: [user("Tell a story.")], stream: true, stream_options: { include_usage: true }, top_p: 0.9 },
  { model: "gpt-4o", messages: [user("Pick a word.")], logprobs: true, top_logprobs: 3, n: 2 },
  { model: "gpt-4o", messages: [userWithImage("What is in this picture?", "https://example.com/cat.png")], max_tokens: 200 },
  {
    model: "gpt-4o",
    messages: [user("Rename the variable x to count.")],
    prediction: { type: "content", content: "let count = 0;" },
    stop: ["\n\n"],
  },
  // gpt-4o-mini
  { model: "gpt-4o-mini", messages: [user("Translate 'hello' to French.")], frequency_penalty: 0.5, presence_penalty: 0.1 },
  { model: "gpt-4o-mini", messages: [sys("Reply in JSON."), user("List two colours.")], response_format: jsonObject },
  { model: "gpt-4o-mini", messages: [user("Weather in Oslo?")], tools: [weatherTool, searchTool], tool_choice: useTool },
  { model: "gpt-4o-mini", messages: [user("Count to five.")], stream: true, logit_bias: { 50256: -100 }, user: "u-42" },
  { model: "gpt-4o-mini", messages: [user("Summarise.")], store: true, metadata: { team: "search" }, service_tier: "auto" },
  // gpt-5.2 (o1 was shut down on 2026-10-23; these were its requests)
  {
    model: "gpt-5.2",
    messages: [dev("Think carefully."), user("Prove that 17 is prime.")],
    reasoning_effort: "high",
    max_completion_tokens: 4000,
  },
  { model: "gpt-5.2", messages: [user("Classify this ticket.")], response_format: jsonSchema("ticket"), reasoning_effort: "low" },
  { model: "gpt-5.2", messages: toolRoundTrip("Rome"), tools: [weatherTool], tool_choice: "required" },
  // o3
  { model: "o3", messages: [dev("Be precise."), user("Plan a migration.")], reasoning_effort: "medium", max_completion_tokens: 8000 },
  { model: "o3", messages: [user("Weather in Lima?")], tools: [weatherTool], tool_choice: "auto" },
  { model: "o3", messages: [user("Write a haiku.")], stream: true, stream_options: { include_usage: true } },
  { model: "o3", messages: [user("Extract the date.")], response_format: jsonSchema("date"), store: true, metadata: { job: "etl" } },
  // gpt-5.4-mini (o4-mini was shut down on 2026-10-23; these were its requests)
  { model: "gpt-5.4-mini", messages: [user("Solve 12*13.")], reasoning_effort: "low" },
  { model: "gpt-5.4-mini", messages: [userWithImage("Read the chart.", "https://example.com/chart.png")], max_completion_tokens: 1000 },
  { model: "gpt-5.4-mini", messages: toolRoundTrip("Cairo"), tools: [weatherTool, searchTool] },
  { model: "gpt-5.4-mini", messages: [user("Stream please.")], stream: true, reasoning_effort: "high" },
  // gpt-5 family
  { model: "gpt-5", messages: [dev("Answer briefly."), user("Why is the sea salty?")], verbosity: "low", reasoning_effort: "minimal" },
  { model: "gpt-5", messages: [user("Weather in Kyoto?")], tools: [weatherTool], tool_choice: "auto", parallel_tool_calls: true },
  { model: "gpt-5", messages: [user("Draft an email.")], stream: true, stream_options: { include_usage: true }, verbosity: "high" },
  { model: "gpt-5", messages: [user("Label the intent.")], response_format: jsonSchema("intent"), store: true, metadata: { app: "crm" } },
  { model: "gpt-5-mini", messages: [user("Summarise the text.")], reasoning_effort: "low", max_completion_tokens: 500 },
  { model: "gpt-5-mini", messages: [user("Reply in JSON.")], response_format: jsonObject, prompt_cache_key: "k-1" },
  { model: "gpt-5-nano", messages: [user("One word: yes or no?")], temperature: 1, safety_identifier: "s-9" },
  // gpt-5.1: sampling only while reasoning_effort is none (the default)
  { model: "gpt-5.1", messages: [user("Brainstorm names.")], temperature: 0.8, top_p: 0.95 },
  { model: "gpt-5.1", messages: [user("Hard proof.")], reasoning_effort: "high", max_completion_tokens: 16000 },
  { model: "gpt-5.1", messages: toolRoundTrip("Lagos"), tools: [weatherTool], reasoning_effort: "none", logprobs: true, top_logprobs: 2 },
  { model: "gpt-5.1", messages: [user("Stream it.")], stream: true, verbosity: "medium", reasoning_effort: "low" },
  // gpt-5.5: tools and sampling only with reasoning_effort none; cache retention only 24h
  { model: "gpt-5.5", messages: [user("Weather in Quito?")], reasoning_effort: "none", tools: [weatherTool], temperature: 0.3 },
  {
    model: "gpt-5.5",
    messages: [dev("Be rigorous."), user("Design a schema.")],
    reasoning_effort: "xhigh",
    response_format: jsonSchema("schema"),
  },
  { model: "gpt-5.5", messages: [user("Recall the context.")], prompt_cache_key: "ctx", prompt_cache_retention: "24h" },
  { model: "gpt-5.5", messages: [user("Stream a poem.")], stream: true, stream_options: { include_obfuscation: false } },
  // gpt-4.1 family
  { model: "gpt-4.1", messages: [sys("You review code."), user("Review this diff.")], temperature: 0, max_tokens: 1024 },
  { model: "gpt-4.1", messages: toolRoundTrip("Seoul"), tools: [weatherTool], tool_choice: "none" },
  { model: "gpt-4.1", messages: [user("Give a JSON answer.")], response_format: jsonSchema("answer"), logprobs: true },
  { model: "gpt-4.1", messages: [user("Stream a list.")], stream: true, stream_options: { include_usage: true }, seed: 1 },
  { model: "gpt-4.1-mini", messages: [user("Fix the typo.")], prediction: { type: "content", content: "teh cat" } },
  { model: "gpt-4.1-mini", messages: [userWithImage("Describe.", "https://example.com/dog.jpg")], n: 3, stop: "END" },
  // gpt-4.1-mini again (these were gpt-3.5-turbo's, shut down on 2026-10-23)
  { model: "gpt-4.1-mini", messages: [sys("Be kind."), user("Say hi.")], temperature: 0.7, max_tokens: 20 },
  { model: "gpt-4.1-mini", messages: [user("JSON list of fruits.")], response_format: jsonObject, seed: 3 },
  { model: "gpt-4.1-mini", messages: [user("Weather in Accra?")], tools: [weatherTool], tool_choice: useTool, stream: true },
  // one each of the special families
  { model: "gpt-4o-search-preview", messages: [user("Latest news on fusion?")], web_search_options: { search_context_size: "high" } },
  {
    model: "gpt-4o-audio-preview",
    messages: [user("Say good morning.")],
    modalities: ["text", "audio"],
    audio: { voice: "alloy", format: "wav" },
  },
  { model: "gpt-4o", messages: [user("Old but gold.")], temperature: 0.5, logprobs: true, top_logprobs: 5 },
];

if (requests.length !== 50) throw new Error(`bench/requests.mjs: expected 50 requests, found ${requests.length}`);
