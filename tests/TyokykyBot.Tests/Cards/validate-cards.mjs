// Parses each card with the Adaptive Cards reference parser (npm adaptivecards), as a client on
// schema 1.5 would, and reports every event the parse and the property validation raise.
// stdin: [{ "name": "...", "card": { ...AdaptiveCard... } }, ...]
// stdout: [{ "name": "...", "events": [{ "phase", "event", "message", "type", "id" }] }, ...]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
// The package's "main" is ES modules without file extensions, which Node cannot load; its UMD bundle can.
const AC = require("adaptivecards/dist/adaptivecards.js");

function describe(event) {
  const source = event.source;
  return {
    phase: AC.ValidationPhase[event.phase],
    event: AC.ValidationEvent[event.event],
    message: event.message,
    type: typeof source?.getJsonTypeName === "function" ? source.getJsonTypeName() : null,
    id: source?.id ?? null,
  };
}

function check(json) {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(describe(context.getEventAt(i)));
  }
  for (const event of card.validateProperties().validationEvents) {
    events.push(describe(event));
  }
  return events;
}

const cards = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cards.map(({ name, card }) => ({ name, events: check(card) }))));
