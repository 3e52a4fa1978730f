# Contraindication screening service: build with the Maven wrapper, run on a JRE-only image as a
# non-root user with the Quarkus fast-jar layout. Build: docker build -t contraindication-screening .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/main/ src/main/
# Tests run in CI, not in the image build: skip compiling them and their test-only dependencies.
RUN ./mvnw -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.title="contraindication-screening" \
      org.opencontainers.image.description="Contraindication screening service for aesthetic-dermatology clinics"
ENV LANG=C.UTF-8 \
    LOG_FORMAT_JSON=true
WORKDIR /deployments
# Dependencies first: they change less often than the application, so their layers are reused.
COPY --from=build --chown=10001:0 /src/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=10001:0 /src/target/quarkus-app/quarkus-run.jar /deployments/quarkus-run.jar
COPY --from=build --chown=10001:0 /src/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=10001:0 /src/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 10001
EXPOSE 8080
# Heap sized from the container's memory limit (measured: about 210 MB resident under saturation with a
# 128 MB heap); exit on OutOfMemoryError so Kubernetes restarts the pod instead of it limping on.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/deployments/quarkus-run.jar"]
