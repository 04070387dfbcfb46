#!/usr/bin/env bash
# A base image for the portal's image built from this machine's JDK 25, for machines that cannot reach a
# container registry (docs/operations.md, "Image"). With registry access, use the default base
# (eclipse-temurin:25-jre) instead: it gets security updates and has a shell and the usual tools; this one has
# only the Java runtime, the C libraries it links to, fonts and a passwd file.
#
#   deploy/offline-base-image.sh [OUTPUT]      # default target/portal-base-image.tar
#   ./mvnw -B -Pimage -pl portal-ui -am package -DskipTests -Dportal.image.base=tar://$PWD/target/portal-base-image.tar
#
# Writes a `docker save` style tar (manifest.json, config, one layer), which Jib reads as a base with tar://.
set -euo pipefail

output=$(realpath -m "${1:-target/portal-base-image.tar}")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

# The Java runtime: every module of the JDK except the development tools.
modules=$("$java_home/bin/java" --list-modules | sed 's/@.*//' \
  | grep -v -E '^jdk\.(incubator\..*|jlink|jpackage|javadoc|compiler|jshell|jdeps|jartool|jconsole|jdi|jdwp\.agent|hotspot\.agent|internal\.(ed|jvmstat|le|opt)|editpad|jstatd|jcmd|random)$' | paste -sd, -)
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$root/opt/java/openjdk"

# The shared libraries the runtime links to, from this machine.
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | grep -E '^[[:space:]]' | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r lib; do
      mkdir -p "$root$(dirname "$lib")"
      cp -L "$lib" "$root$lib"
    done
# Fonts for server-side charts and PDFs.
for dir in /etc/fonts /usr/share/fonts/truetype/dejavu /usr/share/fonts/truetype/nanum; do
  if [ -d "$dir" ]; then mkdir -p "$root$(dirname "$dir")" && cp -r "$dir" "$root$dir"; fi
done
mkdir -p "$root/etc" "$root/tmp" "$root/portal"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nportal:x:1000:0:portal:/portal:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
[ -f /etc/ssl/certs/ca-certificates.crt ] && mkdir -p "$root/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"

mkdir -p "$work/image"
tar --numeric-owner --owner=0 --group=0 -C "$root" -cf "$work/image/layer.tar" .
diff_id=$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
cat > "$work/image/config.json" <<EOF
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
EOF
echo '[{"Config":"config.json","RepoTags":["partner-portal-base:local"],"Layers":["layer.tar"]}]' > "$work/image/manifest.json"
mkdir -p "$(dirname "$output")"
tar -C "$work/image" -cf "$output" manifest.json config.json layer.tar
echo "base image: $output ($(du -h "$output" | cut -f1))"
