# Casebook as a container image: the first stage builds the site exactly as CI does (npm ci, npm run build), the
# second serves it with Debian's nginx and the recipe in deploy/nginx/ (docs/deploy.md, 「容器」).
# The password file and the certificate are the server's, mounted when the container starts, never in the image:
#   docker build -t casebook --build-arg CASEBOOK_SITE_URL=https://kb.company.cn/ .
#   docker run -d -p 443:443 -p 80:80 \
#     -v /etc/nginx/casebook.htpasswd:/etc/nginx/casebook.htpasswd:ro -v /etc/ssl/casebook:/etc/ssl/casebook:ro casebook

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
# The address colleagues open (QR codes, the feed); casebook.config.json's siteUrl when not given.
ARG CASEBOOK_SITE_URL
RUN npm run build

# The same Debian release, nginx and brotli module that the recipe's test runs on (.ci/run, tests/deploy).
FROM debian:bookworm-slim
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
  && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default
COPY deploy/nginx/casebook-site.conf deploy/nginx/casebook-headers.conf /etc/nginx/snippets/
# casebook-sso.conf instead for the company's single sign-on (with oauth2-proxy in another container).
COPY deploy/nginx/casebook-basic.conf /etc/nginx/sites-enabled/casebook.conf
COPY --from=build /app/dist /srv/casebook/site
EXPOSE 80 443
CMD ["nginx", "-g", "daemon off;"]
