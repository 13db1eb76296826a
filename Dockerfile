# syntax=docker/dockerfile:1

# Docker Field Guide, self-hosted: build the static export with Node.js, serve it with an
# unprivileged nginx. Build: docker build -t docker-field-guide .
# Run: docker run -d --name field-guide -p 8080:8080 docker-field-guide  (then http://localhost:8080)

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
# Dependencies first: this layer is reused until package.json or the lock file changes.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
# Serve under a sub-path with --build-arg BASE_PATH=/docs; SITE_URL is the public origin for
# canonical URLs, Open Graph tags and the sitemap.
ARG BASE_PATH=""
ARG SITE_URL="http://localhost:8080"
ENV BASE_PATH=${BASE_PATH} SITE_URL=${SITE_URL} NEXT_TELEMETRY_DISABLED=1
RUN npm run build && npm run nginx:prepare

FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
ARG BASE_PATH=""
COPY --from=build --chown=nginx:nginx /app/out /usr/share/nginx/html${BASE_PATH}
COPY --from=build /app/.nginx/default.conf /etc/nginx/conf.d/default.conf
USER nginx
EXPOSE 8080
# nginx finishes the requests in flight on SIGQUIT; SIGTERM would drop them.
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/healthz"]
CMD ["nginx", "-g", "daemon off;"]
