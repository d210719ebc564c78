# leerlijn-bot as a container. The steps are the ones CI runs (.ci/run): npm ci, npm run build,
# npm run start:prod. Build: docker build -t leerlijn-bot .   Run: see docs/running.md.
FROM node:20-bookworm-slim
WORKDIR /app

COPY package.json package-lock.json ./
# Dev dependencies too: the build needs TypeScript.
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

# Production logs (JSON) and the embedded database's place, for when DATABASE_URL is unset.
# No npm update notice in the container's log at every start.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data NPM_CONFIG_UPDATE_NOTIFIER=false
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
# /livez: the process answers. (Orchestrators should use /readyz for traffic; see docs/running.md.)
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/livez').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# start:prod execs node, so docker stop's SIGTERM reaches the bot and it shuts down cleanly.
CMD ["npm", "run", "start:prod"]
