import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The API serves the built app on the same origin, so production needs no base
// path or CORS; in `vite dev` the proxy gives the browser the same single origin.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
