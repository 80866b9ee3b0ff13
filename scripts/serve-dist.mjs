// Serves dist/ on 127.0.0.1 as a plain static host would (the same server as the
// browser tests), until stopped. Port: PORT, else 8080.
import { serveStatic } from './lib/static-server.mjs';

const server = await serveStatic({ port: Number(process.env.PORT ?? 8080) });
console.log(`Plan Lévis: ${server.url}\nKiosk (city hall touchscreen): ${server.url}kiosque/`);
