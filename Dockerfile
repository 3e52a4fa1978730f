# Contraindication screening service: build with the Maven wrapper, run on a JRE-only image as a
# non-root user with the Quarkus fast-jar layout. Build: docker build -t contraindication-screening .
#
# Base images are pinned by the digest of their multi-platform index (the tag before @ is for readers;
# the digest decides). Both are Eclipse Temurin 17.0.20+8. To update, replace tag and digest together
# (e.g. with Renovate or Dependabot digest updates) and rebuild.

FROM eclipse-temurin:17-jdk@sha256:36d9a76dc231587873b103c68a789b85d91b41d314dda69730d6bc43a777f2a9 AS build
WORKDIR /src
# Dependency layer: only the build definition, so this layer and the download below are reused until
# pom.xml or the wrapper changes; a source change then rebuilds in seconds. dependency:go-offline fetches
# the plugins and declared dependencies, quarkus:go-offline the Quarkus build-time (deployment) artifacts
# that the package step would otherwise download on every build.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:go-offline quarkus:go-offline
COPY src/main/ src/main/
# Tests run in CI, not in the image build: skip compiling them and their test-only dependencies.
# The application files become read-only for everyone but their owner (files 0644, directories 0755).
RUN ./mvnw -B -q package -Dmaven.test.skip=true \
    && find target/quarkus-app -type d -exec chmod 0755 {} + \
    && find target/quarkus-app -type f -exec chmod 0644 {} +

FROM eclipse-temurin:17-jre@sha256:c6f2875c05ea10f16398bdc5f73405c384991506f2f1ead8bcc6582ae8adea79
LABEL org.opencontainers.image.title="contraindication-screening" \
      org.opencontainers.image.description="Contraindication screening service for aesthetic-dermatology clinics"
ENV LANG=C.UTF-8 \
    LOG_FORMAT_JSON=true
WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layers are reused.
# Owned by root with the modes set in the build stage: the runtime user (10001) can read and run the
# application but not change it, even where the root filesystem is writable.
COPY --from=build --chown=0:0 /src/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=0:0 /src/target/quarkus-app/quarkus-run.jar /deployments/quarkus-run.jar
COPY --from=build --chown=0:0 /src/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=0:0 /src/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 10001
EXPOSE 8080
# Heap sized from the container's memory limit (measured: about 210 MB resident under saturation with a
# 128 MB heap); exit on OutOfMemoryError so Kubernetes restarts the pod instead of it limping on.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/deployments/quarkus-run.jar"]
