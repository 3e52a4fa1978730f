# Contraindication screening service: build with the Maven wrapper, run on a JRE-only image as a
# non-root user with the Quarkus fast-jar layout, starting from a JDK AOT cache (JEP 483/514/515) made at
# image build time by a training run. Build: docker build -t contraindication-screening .
#
# Java 25 (Eclipse Temurin) builds and runs the image; the code itself targets Java 17. The AOT cache only
# works with the very JVM build that wrote it, so the training stage and the final stage share one base
# image. Pin both base images by the digest of their multi-platform index (tag@sha256:...) when the image is
# first built: no registry was reachable where this file was written, so the digests could not be read, and
# an unverified digest is worse than none. Update tag and digest together (Renovate or Dependabot).

FROM eclipse-temurin:25-jdk AS build
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
    && cp src/main/docker/jvm.options target/quarkus-app/jvm.options \
    && find target/quarkus-app -type d -exec chmod 0755 {} + \
    && find target/quarkus-app -type f -exec chmod 0644 {} + \
    && javac --release 17 -d target/aot-training src/main/docker/AotTraining.java

FROM eclipse-temurin:25-jre AS runtime
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
# The JVM flags (src/main/docker/jvm.options) in one file that both the training run and the start read,
# so the cache is always made under the settings it is used with: heap sized from the container's memory
# limit (measured: about 210 MB resident under saturation with a 128 MB heap), and exit on OutOfMemoryError
# so Kubernetes restarts the pod instead of it limping on.
COPY --from=build --chown=0:0 /src/target/quarkus-app/jvm.options /deployments/jvm.options

# Training run: the service started exactly as below, sent the requests it serves (screenings in both views
# and languages, catalogs, FHIR, CDS Hooks) for 30 s, then stopped; the JVM writes the cache as it exits.
FROM runtime AS aot-training
COPY --from=build /src/target/aot-training/ /train/
COPY load/valid-eligible.json load/valid-deferred.json load/valid-not-eligible.json load/invalid-missing-answers.json \
     load/cds-patient-view.json /train/load/
RUN java -cp /train AotTraining /deployments/app.aot /train/load 30 -- \
    java @/deployments/jvm.options -jar /deployments/quarkus-run.jar

FROM runtime
COPY --from=aot-training --chown=0:0 /deployments/app.aot /deployments/app.aot
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/deployments/app.aot", "@/deployments/jvm.options", "-jar", "/deployments/quarkus-run.jar"]
