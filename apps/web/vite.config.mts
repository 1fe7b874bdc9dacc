import { cpSync, createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, defineConfig, Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/web', import.meta.url));
const govukAssets = fileURLToPath(
  new URL('../../node_modules/govuk-frontend/dist/govuk/assets', import.meta.url),
);
// `vite` (development) sends api calls to a running api: localhost:3000 unless API_PROXY_TARGET says otherwise
const api = process.env['API_PROXY_TARGET'] ?? 'http://localhost:3000';

const CONTENT_TYPES: Record<string, string> = {
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/...: copy them there in the build,
 * and serve them from node_modules in development.
 */
function govukAssetsPlugin(): Plugin {
  return {
    name: 'govuk-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const file = normalize(join(govukAssets, path.replace(/^\/assets\//, '')));
        if (!path.startsWith('/assets/') || !file.startsWith(govukAssets) || !existsSync(file)) return next();
        response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
    writeBundle() {
      cpSync(govukAssets, join(outDir, 'assets'), { recursive: true });
    },
  };
}

// Vite warns that the stylesheet's /assets/... addresses are not in the bundle: the plugin above copies them
const logger = createLogger();
const warn = logger.warn.bind(logger);
const warnOnce = logger.warnOnce.bind(logger);
const isAssetWarning = (message: string) =>
  /\/assets\/\S+ referenced in .*didn't resolve at build time/.test(message);
logger.warn = (message, options) => (isAssetWarning(message) ? undefined : warn(message, options));
logger.warnOnce = (message, options) => (isAssetWarning(message) ? undefined : warnOnce(message, options));

export default defineConfig({
  root,
  customLogger: logger,
  plugins: [react(), govukAssetsPlugin()],
  // GOV.UK Frontend's stylesheet arrives minified, with old browser hacks that lightningcss refuses to re-minify
  build: { outDir, emptyOutDir: true, sourcemap: true, cssMinify: false },
  server: { proxy: { '/api': api, '/admin': api } },
});
