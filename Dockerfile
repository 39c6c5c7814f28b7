# syntax=docker/dockerfile:1

# --- Build stage: install every dependency (compiling better-sqlite3's native addon if no prebuilt
# binary fits), compile src/ to dist/, then drop the dev dependencies (tsx, esbuild, TypeScript, the
# test tools). The compilers and the TypeScript sources stay in this stage and never reach the image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY src ./src
# `npm ci` runs the `prepare` script, which is the build (scripts/build.mjs: src/ to dist/).
RUN npm ci --no-audit --no-fund \
 && test -f dist/main.js \
 && npm prune --omit=dev --no-audit --no-fund

# --- Runtime stage: Node, the production dependencies, the compiled JavaScript and the content.
FROM node:20-bookworm-slim
# The heap cap keeps garbage from piling up to the pod's limit under a burst of mentions: with it,
# 20,000 mentions from 20,000 people peaked at 292 MiB RSS (npm run bench:load); without it, 374 MiB.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=160 \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
# Files stay owned by root so the running bot cannot change its own code or content.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin/archbot.mjs ./bin/archbot.mjs
COPY content ./content
# The knowledge-base cache (src/cli/content-cache.ts), filled once here: the pod's root filesystem is
# read-only, so the bot could not keep it itself, and reading the YAML costs every start 160 ms and
# more. Mounted content that differs from this is simply read from its YAML.
ENV XDG_CACHE_HOME=/app/cache
RUN node bin/archbot.mjs topics > /dev/null && chmod -R a+rX /app/cache
# The one writable place: the SQLite file when no REDIS_URL is set (mount a volume here).
RUN mkdir -p /app/data && chown 1000:1000 /app/data
# The image's `node` user, by number so Kubernetes' runAsNonRoot can check it is not root.
USER 1000:1000
EXPOSE 3000
# The slim image has no curl; Node 20's fetch does the same job.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is the main process (not npm), so SIGTERM reaches archbot's graceful shutdown.
CMD ["node", "bin/archbot.mjs"]
