// The two requests the runtime benchmark validates: a realistic valid chat request for gpt-4o, and the same request
// sent to o3 with two parameters o3 refuses (logprobs, and temperature other than 1). Plain JSON, as from the wire.

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "The forecast for one city on one day",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, date: { type: "string", description: "YYYY-MM-DD" } },
      required: ["city", "date"],
      additionalProperties: false,
    },
    strict: true,
  },
};

const answerFormat = {
  type: "json_schema",
  json_schema: {
    name: "forecast_answer",
    strict: true,
    schema: {
      type: "object",
      properties: { summary: { type: "string" }, high_c: { type: "number" }, low_c: { type: "number" } },
      required: ["summary", "high_c", "low_c"],
      additionalProperties: false,
    },
  },
};

/** Valid for gpt-4o: system + user messages, one function tool, a json_schema response format and common options. */
export const validRequest = {
  model: "gpt-4o",
  messages: [
    { role: "system", content: "You answer weather questions. Call get_weather, then answer in the given JSON format." },
    { role: "user", content: "Will I need an umbrella in Lisbon tomorrow, 2026-09-02?" },
  ],
  tools: [weatherTool],
  response_format: answerFormat,
  temperature: 0.7,
  max_completion_tokens: 512,
  stream: false,
  // Metadata is kept with a stored completion: the API refuses it without `store: true` (the overlay's chat-base rule).
  store: true,
  metadata: { team: "travel", feature: "weather-answer" },
};

/** Invalid for o3: the same request with logprobs (o3 rejects it) and temperature 0.2 (o3 / o4-mini accepts only 1). */
export const invalidRequest = { ...validRequest, model: "o3", temperature: 0.2, logprobs: true };

/** The parameters each input must be flagged for, by every validator. */
export const expectedProblems = { valid: [], invalid: ["logprobs", "temperature"] };
