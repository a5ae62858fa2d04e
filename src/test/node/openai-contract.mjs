// Contract test: Comptoir's /v1 API driven by the official openai npm client (v6).
// Usage: COMPTOIR_URL=http://localhost:8080 COMPTOIR_BOT=agence-web node openai-contract.mjs
import OpenAI from "openai";
import assert from "node:assert/strict";

const base = (process.env.COMPTOIR_URL || "http://localhost:8080") + "/v1";
const bot = process.env.COMPTOIR_BOT || "agence-web";
const turns = JSON.parse(process.env.COMPTOIR_TURNS || '["Bonjour, je voudrais un site vitrine", "Environ 3000 euros", "Dans deux mois"]');
const client = new OpenAI({ baseURL: base, apiKey: process.env.COMPTOIR_OPENAI_KEY || "not-needed", maxRetries: 0 });
const model = "comptoir-" + bot;

const models = await client.models.list();
const ids = models.data.map((m) => m.id);
assert.ok(ids.includes(model), "models list " + model + ": " + ids);
assert.ok(ids.includes(model + "-interne"), "models list the internal variant");
console.log("OK models: " + ids.join(", "));

const chatId = "node-" + Date.now();
const plain = await client.chat.completions.create(
  { model, messages: [{ role: "user", content: turns[0] }], temperature: 0.7, user: "contract-test" },
  { headers: { "X-OpenWebUI-Chat-Id": chatId } });
assert.equal(plain.object, "chat.completion");
assert.equal(plain.choices[0].finish_reason, "stop");
assert.ok(plain.choices[0].message.content.length > 0, "plain call has content");
console.log("OK plain: " + JSON.stringify(plain.choices[0].message.content.slice(0, 80)));

const stream = await client.chat.completions.create(
  { model, stream: true, stream_options: { include_usage: true },
    messages: [{ role: "user", content: turns[0] }, { role: "assistant", content: plain.choices[0].message.content },
      { role: "user", content: turns[1] }] },
  { headers: { "X-OpenWebUI-Chat-Id": chatId } });
let streamed = "", finish = null, usage = null, chunks = 0;
for await (const chunk of stream) {
  chunks++;
  assert.equal(chunk.object, "chat.completion.chunk");
  if (chunk.usage) usage = chunk.usage;
  for (const c of chunk.choices) {
    if (c.delta && c.delta.content) streamed += c.delta.content;
    if (c.finish_reason) finish = c.finish_reason;
  }
}
assert.equal(finish, "stop", "stream ends with finish_reason stop");
assert.ok(usage && usage.total_tokens > 0, "usage chunk when include_usage");
assert.ok(streamed.length > 0 && chunks > 2, "streamed content in several chunks");
console.log("OK stream: " + chunks + " chunks, " + JSON.stringify(streamed.slice(0, 80)));

// Several turns without a chat id: the history is replayed, and the stored conversation continues.
const history = [];
const replies = [];
for (const text of turns) {
  history.push({ role: "user", content: text });
  const r = await client.chat.completions.create({ model, messages: history });
  const content = r.choices[0].message.content;
  assert.ok(content.length > 0, "turn has content");
  replies.push(content);
  history.push({ role: "assistant", content });
}
assert.notEqual(replies[replies.length - 1], replies[0], "the conversation moved on");
console.log("OK multi-turn: " + replies.length + " turns");
console.log("ALL OK");
