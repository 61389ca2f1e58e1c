# Builds the Angular app; at start it copies the build into the shared volume the API serves.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NG_CLI_ANALYTICS=false npx nx run web:build --outputStyle=static

FROM busybox:1.37
COPY --from=build /app/dist/apps/web/browser /dist
CMD ["sh", "-c", "rm -rf /srv/web/* && cp -r /dist/. /srv/web/ && exec tail -f /dev/null"]
