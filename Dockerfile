# farewell-bot: docker build -t farewell-bot . && docker run --env-file .env -p 3000:3000 -v farewell-data:/data farewell-bot
# Without Discord or Slack settings it runs the console mode: `docker run -it farewell-bot`.

# Build stage: production dependencies only. better-sqlite3 downloads a prebuilt binary for this
# Node and Debian; if none fits it compiles, hence python3, make and g++ (kept out of the final image).
FROM node:20-slim AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# The repository's .npmrc (nodedir=/usr) describes the development machine, not this image, so
# .dockerignore leaves it out.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/farewell-bot.db \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY commands ./commands
COPY src ./src
COPY data ./data
# The database lives on a volume owned by the unprivileged `node` user of the base image.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# node itself is PID 1 (not npm), so SIGTERM from `docker stop` reaches the bot's graceful shutdown.
CMD ["node", "--import", "tsx", "src/main.ts"]
