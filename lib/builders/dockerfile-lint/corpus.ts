// Dockerfiles with the findings the linter must report for them: [rule, line] pairs, exactly.
// Good ones expect nothing; bad ones name every finding, so a new false alarm fails the test too.
import type { RuleId } from './catalogue'

export interface CorpusCase {
  name: string
  dockerfile: string
  expected: [RuleId, number][]
}

const lines = (...text: string[]) => text.join('\n') + '\n'

export const CORPUS: CorpusCase[] = [
  // Good Dockerfiles
  {
    name: 'node multi-stage with manifests first',
    dockerfile: lines(
      '# syntax=docker/dockerfile:1',
      'FROM node:22-bookworm-slim AS build',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM node:22-bookworm-slim',
      'WORKDIR /app',
      'COPY --from=build /app/dist ./dist',
      'USER node',
      'CMD ["node", "dist/server.js"]',
    ),
    expected: [],
  },
  {
    name: 'debian with apt done right (a second RUN is only a suggestion)',
    dockerfile: lines(
      'FROM debian:bookworm-slim',
      'RUN apt-get update \\',
      '    && apt-get install -y --no-install-recommends ca-certificates curl \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'RUN useradd --create-home --uid 10001 app',
      'USER 10001',
      'ENTRYPOINT ["curl"]',
      'CMD ["--help"]',
    ),
    expected: [['consecutive-runs', 5]],
  },
  {
    name: 'alpine with apk --no-cache and a user',
    dockerfile: lines(
      'FROM alpine:3.20',
      'RUN apk add --no-cache nginx && adduser -D -u 10001 web',
      'USER web',
      'EXPOSE 8080',
      'CMD ["nginx", "-g", "daemon off;"]',
    ),
    expected: [],
  },
  {
    name: 'python with requirements first',
    dockerfile: lines(
      'FROM python:3.13-slim',
      'WORKDIR /srv',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'COPY . .',
      'USER 1000:1000',
      'CMD ["python", "-m", "app"]',
    ),
    expected: [],
  },
  {
    name: 'go build to scratch',
    dockerfile: lines(
      'FROM golang:1.23 AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/app .',
      '',
      'FROM scratch',
      'COPY --from=build /out/app /app',
      'USER 65534',
      'ENTRYPOINT ["/app"]',
    ),
    expected: [],
  },
  {
    name: 'pinned by digest',
    dockerfile: lines(
      'FROM nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac',
      'COPY site/ /usr/share/nginx/html/',
      'USER nginx',
    ),
    expected: [],
  },
  {
    name: 'global ARG used in FROM',
    dockerfile: lines(
      'ARG NODE_VERSION=22',
      'FROM node:${NODE_VERSION}-alpine',
      'ARG NODE_VERSION',
      'LABEL node.version=$NODE_VERSION',
      'USER node',
      'CMD ["node", "--version"]',
    ),
    expected: [],
  },
  {
    name: 'platform ARGs in FROM and in a stage',
    dockerfile: lines(
      'FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build',
      'ARG TARGETOS TARGETARCH',
      'WORKDIR /src',
      'COPY . .',
      'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/tool .',
      'FROM alpine:3.20',
      'COPY --from=build /out/tool /usr/local/bin/tool',
      'USER 10001',
      'ENTRYPOINT ["tool"]',
    ),
    expected: [],
  },
  {
    name: 'comments on their own lines and inside a continued RUN',
    dockerfile: lines(
      '# Serve the site from nginx.',
      'FROM nginx:1.27-alpine',
      '# The document root:',
      'WORKDIR /usr/share/nginx/html',
      'RUN echo building \\',
      '    # a comment line inside the command',
      '    && echo done',
      'COPY index.html ./',
      'USER nginx',
    ),
    expected: [],
  },
  {
    name: 'hash inside values is not a comment',
    dockerfile: lines(
      'FROM alpine:3.20',
      'ENV COLOUR=#336699',
      'LABEL description="issue #12 fixed"',
      'RUN echo "we are running some # of cool things"',
      'USER 10001',
      'CMD ["echo", "#done"]',
    ),
    expected: [],
  },
  {
    name: 'relative WORKDIR after an absolute one',
    dockerfile: lines('FROM alpine:3.20', 'WORKDIR /app', 'WORKDIR src', 'USER 10001', 'CMD ["ls"]'),
    expected: [],
  },
  {
    name: 'ADD for a URL and a tar archive',
    dockerfile: lines(
      'FROM debian:bookworm-slim',
      'ADD https://example.com/tool.tar.gz /tmp/',
      'ADD rootfs.tar.xz /',
      'USER 10001',
    ),
    expected: [],
  },
  {
    name: 'secret mount instead of ARG',
    dockerfile: lines(
      'FROM alpine:3.20',
      'RUN --mount=type=secret,id=token,env=TOKEN wget --header="Authorization: Bearer $TOKEN" https://example.com/f',
      'USER 10001',
    ),
    expected: [],
  },
  {
    name: 'apt with a cache mount keeps no lists',
    dockerfile: lines(
      'FROM ubuntu:24.04',
      'RUN --mount=type=cache,target=/var/lib/apt,sharing=locked \\',
      '    apt-get update && apt-get install -y --no-install-recommends git',
      'USER ubuntu',
    ),
    expected: [],
  },
  {
    name: 'lower-case Dockerfile, consistently',
    dockerfile: lines('from alpine:3.20 as base', 'user 10001', 'cmd ["sh"]'),
    expected: [],
  },
  {
    name: 'ENV from a parent stage',
    dockerfile: lines(
      'FROM alpine:3.20 AS base',
      'ENV APP_HOME=/srv/app',
      'FROM base',
      'WORKDIR $APP_HOME',
      'USER 10001',
    ),
    expected: [],
  },
  {
    name: 'build stage keeps apt lists, final image does not',
    dockerfile: lines(
      'FROM debian:bookworm AS build',
      'RUN apt-get update && apt-get install -y --no-install-recommends make',
      'FROM debian:bookworm-slim',
      'COPY --from=build /usr/bin/make /usr/local/bin/make',
      'USER 10001',
    ),
    expected: [],
  },

  // Bad Dockerfiles
  {
    name: 'untagged base',
    dockerfile: lines('FROM ubuntu', 'USER 10001'),
    expected: [['base-untagged', 1]],
  },
  {
    name: 'latest base',
    dockerfile: lines('FROM nginx:latest', 'USER nginx'),
    expected: [['base-latest', 1]],
  },
  {
    name: 'deprecated JDK base, in a build stage too',
    dockerfile: lines('FROM openjdk:17-jdk AS build', 'RUN javac Main.java', 'FROM docker.io/library/openjdk:17-jdk-slim', 'COPY --from=build /Main.class /app/', 'USER 10001'),
    expected: [['base-deprecated', 1], ['base-deprecated', 3]],
  },
  {
    name: 'registry with a port and no tag',
    dockerfile: lines('FROM registry.example.com:5000/team/app', 'USER 10001'),
    expected: [['base-untagged', 1]],
  },
  {
    name: 'apt-get update in its own layer',
    dockerfile: lines(
      'FROM debian:bookworm-slim',
      'RUN apt-get update',
      'RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'USER 10001',
    ),
    expected: [['apt-update-alone', 2], ['consecutive-runs', 3]],
  },
  {
    name: 'package lists left behind',
    dockerfile: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl', 'USER 10001'),
    expected: [['apt-lists-left', 2]],
  },
  {
    name: 'apt-get install without -y or --no-install-recommends',
    dockerfile: lines('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install git && rm -rf /var/lib/apt/lists/*', 'USER ubuntu'),
    expected: [['apt-without-yes', 2], ['apt-recommends', 2]],
  },
  {
    name: 'apk add without --no-cache',
    dockerfile: lines('FROM alpine:3.20', 'RUN apk update && apk add curl', 'USER 10001'),
    expected: [['apk-cache', 2]],
  },
  {
    name: 'no USER at all',
    dockerfile: lines('FROM python:3.13-slim', 'COPY app.py /app.py', 'CMD ["python", "/app.py"]'),
    expected: [['root-user', 1]],
  },
  {
    name: 'last USER is root',
    dockerfile: lines('FROM alpine:3.20', 'USER 10001', 'RUN id', 'USER root', 'CMD ["id"]'),
    expected: [['root-user', 4]],
  },
  {
    name: 'USER in the build stage only',
    dockerfile: lines('FROM node:22-alpine AS build', 'USER node', 'FROM nginx:1.27-alpine', 'COPY --from=build /app /usr/share/nginx/html'),
    expected: [['root-user', 3]],
  },
  {
    name: 'ADD for local files',
    dockerfile: lines('FROM nginx:1.27-alpine', 'ADD index.html /usr/share/nginx/html/', 'ADD ["my page.html", "/usr/share/nginx/html/"]', 'USER nginx'),
    expected: [['add-local-files', 2], ['add-local-files', 3]],
  },
  {
    name: 'shell-form CMD and ENTRYPOINT',
    dockerfile: lines('FROM node:22-alpine', 'USER node', 'ENTRYPOINT node', 'CMD server.js'),
    expected: [['shell-form-cmd', 3], ['shell-form-cmd', 4]],
  },
  {
    name: 'exec form with single quotes',
    dockerfile: lines('FROM node:22-alpine', 'USER node', "CMD ['node', 'server.js']"),
    expected: [['broken-exec-form', 3]],
  },
  {
    name: 'SHELL not in JSON',
    dockerfile: lines('FROM debian:bookworm-slim', 'SHELL /bin/bash -c', 'USER 10001'),
    expected: [['broken-exec-form', 2]],
  },
  {
    name: 'relative WORKDIR',
    dockerfile: lines('FROM nginx:1.27', 'WORKDIR usr/share/nginx/html', 'COPY public .', 'USER nginx'),
    expected: [['workdir-relative', 2]],
  },
  {
    name: 'cd instead of WORKDIR',
    dockerfile: lines('FROM golang:1.23', 'COPY . /src', 'RUN cd /src && go build -o /app .', 'USER 10001'),
    expected: [['cd-in-run', 3]],
  },
  {
    name: 'comments after instructions, as in the notes',
    dockerfile: lines(
      'FROM nginx:1.27',
      'WORKDIR /var/www/html  # in order to simplify it.',
      'COPY index.html ./ # copy the index.html file in the PWD',
      'RUN echo ok # the shell ignores this one',
      'USER nginx',
    ),
    expected: [['trailing-comment', 2], ['trailing-comment', 3]],
  },
  {
    name: 'comment after an exec-form CMD',
    dockerfile: lines('FROM alpine:3.20', 'USER 10001', 'CMD ["sh"] # start a shell'),
    expected: [['trailing-comment', 3], ['broken-exec-form', 3]],
  },
  {
    name: 'secrets in ARG and ENV',
    dockerfile: lines(
      'FROM alpine:3.20',
      'ARG GITHUB_TOKEN',
      'ENV DB_PASSWORD=hunter2 APP_NAME=shop',
      'ENV AWS_SECRET_ACCESS_KEY=abc',
      'USER 10001',
    ),
    expected: [['secret-in-arg-env', 2], ['secret-in-arg-env', 3], ['secret-in-arg-env', 4]],
  },
  {
    name: 'COPY . . before npm ci',
    dockerfile: lines('FROM node:22-alpine', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'USER node', 'CMD ["node", "server.js"]'),
    expected: [['copy-before-install', 3]],
  },
  {
    name: 'COPY . . before pip install -r',
    dockerfile: lines('FROM python:3.13-slim', 'WORKDIR /srv', 'COPY . .', 'RUN pip install --no-cache-dir -r requirements.txt', 'USER 1000', 'CMD ["python", "app.py"]'),
    expected: [['copy-before-install', 3]],
  },
  {
    name: 'several consecutive RUNs',
    dockerfile: lines(
      'FROM alpine:3.20',
      'RUN apk add --no-cache git',
      'RUN apk add --no-cache curl',
      'RUN adduser -D app',
      'USER app',
      'RUN mkdir -p /home/app/data',
      'RUN touch /home/app/data/.keep',
    ),
    expected: [['consecutive-runs', 3], ['consecutive-runs', 7]],
  },
  {
    name: 'MAINTAINER',
    dockerfile: lines('FROM alpine:3.20', 'MAINTAINER Jane Doe <jane@example.com>', 'USER 10001'),
    expected: [['maintainer', 2]],
  },
  {
    name: 'multiple CMD and HEALTHCHECK',
    dockerfile: lines(
      'FROM nginx:1.27',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
      'CMD ["nginx"]',
      'HEALTHCHECK --interval=30s CMD ["curl", "-fs", "http://localhost/"]',
      'USER nginx',
      'CMD ["nginx", "-g", "daemon off;"]',
    ),
    expected: [['multiple-instructions', 2], ['multiple-instructions', 3]],
  },
  {
    name: 'legacy ENV and LABEL',
    dockerfile: lines('FROM alpine:3.20', 'ENV APP_HOME /srv/app', 'LABEL version 1.0', 'USER 10001'),
    expected: [['legacy-key-value', 2], ['legacy-key-value', 3]],
  },
  {
    name: 'undefined variables',
    dockerfile: lines(
      'FROM alpine:3.20',
      'ENV PATH=$PATH:/opt/bin',
      'COPY $SRC /app',
      'ENV HOME_DIR=${APP_DIR:-/srv}',
      'WORKDIR $APP_HOM',
      'USER 10001',
    ),
    expected: [['undefined-var', 3], ['undefined-var', 5]],
  },
  {
    name: 'platform ARG used in a stage without declaring it',
    dockerfile: lines('FROM alpine:3.20', 'COPY bin/$TARGETARCH/tool /usr/local/bin/', 'USER 10001'),
    expected: [['undefined-var', 2]],
  },
  {
    name: 'ARG used in FROM but declared after it',
    dockerfile: lines('FROM alpine:$VERSION', 'ARG VERSION=3.20', 'USER 10001'),
    expected: [['undefined-var', 1]],
  },
  {
    name: 'stage names: duplicate, reserved, capitals, casing of AS',
    dockerfile: lines(
      'FROM golang:1.23 as Build',
      'FROM golang:1.23 AS build',
      'FROM alpine:3.20 AS scratch',
      'USER 10001',
    ),
    expected: [
      ['from-as-casing', 1],
      ['stage-name-casing', 1],
      ['duplicate-stage-name', 2],
      ['reserved-stage-name', 3],
    ],
  },
  {
    name: 'mixed instruction casing',
    dockerfile: lines('FROM alpine:3.20', 'run echo hi', 'Copy a /a', 'USER 10001'),
    expected: [['instruction-casing', 2], ['instruction-casing', 3]],
  },
  {
    name: 'sudo in RUN',
    dockerfile: lines('FROM ubuntu:24.04', 'USER ubuntu', 'RUN sudo mkdir /data'),
    expected: [['sudo', 3]],
  },
  {
    name: 'the notes nginx Dockerfile',
    dockerfile: lines(
      'FROM ubuntu',
      'MAINTAINER student',
      'RUN apt-get update',
      'RUN apt-get install -y nginx',
      'ADD index.html /var/www/html/',
      'EXPOSE 80',
      'CMD nginx -g "daemon off;"',
    ),
    expected: [
      ['base-untagged', 1],
      ['root-user', 1],
      ['maintainer', 2],
      ['apt-update-alone', 3],
      ['consecutive-runs', 4],
      ['apt-recommends', 4],
      ['add-local-files', 5],
      ['shell-form-cmd', 7],
    ],
  },

  {
    name: 'RUNs with different mounts cannot be joined',
    dockerfile: lines(
      'FROM alpine:3.20',
      'RUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc > /dev/null',
      'RUN --mount=type=cache,target=/root/.cache echo cached',
      'RUN --mount=type=cache,target=/root/.cache echo again',
      'USER 10001',
    ),
    expected: [['consecutive-runs', 4]],
  },

  // Text that is not a (valid) Dockerfile
  { name: 'empty input', dockerfile: '', expected: [['empty-dockerfile', 1]] },
  { name: 'only comments', dockerfile: lines('# nothing here', '', '   '), expected: [['empty-dockerfile', 1]] },
  { name: 'prose', dockerfile: lines('Dear team,', 'please review my Dockerfile.'), expected: [['not-a-dockerfile', 1]] },
  { name: 'a docker run command', dockerfile: 'docker run -d -p 8080:80 nginx', expected: [['not-a-dockerfile', 1]] },
  {
    name: 'a typo in an instruction',
    dockerfile: lines('FROM alpine:3.20', 'RUNN echo hi', 'USER 10001'),
    expected: [['unknown-instruction', 2]],
  },
  {
    name: 'no FROM',
    dockerfile: lines('RUN echo hi', 'USER 10001'),
    expected: [['missing-from', 1]],
  },
  {
    name: 'instruction before FROM',
    dockerfile: lines('ARG BASE=alpine:3.20', 'ENV A=1', 'FROM $BASE', 'USER 10001'),
    expected: [['missing-from', 2]],
  },
  {
    name: 'FROM without an image',
    dockerfile: lines('FROM', 'USER 10001'),
    expected: [['missing-arguments', 1]],
  },
]
