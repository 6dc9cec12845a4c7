import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// the config runs in Node; only this much of it is needed here (the app itself has no Node types)
declare const process: { env: Record<string, string | undefined> };

/**
 * The staff app, served by the platform under /staff/. In development (`npm run dev -w @congso/staff`) the
 * API is proxied to the platform at CONGSO_API_URL, by default http://localhost:3000.
 */
export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.CONGSO_API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+)[\\/]/,
              priority: 20,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
