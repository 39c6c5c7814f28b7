# syntax=docker/dockerfile:1

# --- Build stage: install production dependencies, compiling better-sqlite3's native addon if no
# prebuilt binary fits. The compilers stay in this stage and never reach the final image.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# No dev dependencies: nothing is compiled ahead of time. The bot runs its TypeScript sources through
# tsx (bin/archbot.mjs), which is why tsx is a runtime dependency in package.json.
RUN npm ci --omit=dev --no-audit --no-fund

# --- Runtime stage: Node, the dependencies, the sources and the content; nothing else.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
# Files stay owned by root so the running bot cannot change its own code or content.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY content ./content
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
