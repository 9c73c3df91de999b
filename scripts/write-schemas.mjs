// Writes overlays/config.schema.json from the config loader's own key table (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { configSchema } from "../dist/src/config/config-schema.js";

writeFileSync(new URL("../overlays/config.schema.json", import.meta.url), `${JSON.stringify(configSchema(), null, 2)}\n`);
