# syntax=docker/dockerfile:1
# Build stage: dependencies first, so source changes do not refetch them.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY conf conf
COPY src src
RUN mvn -B -q package -DskipTests

# Runtime stage: a slim JRE, a numeric non-root user, configuration from the environment.
FROM eclipse-temurin:17-jre-alpine
WORKDIR /app
COPY --from=build /build/target/skovik-scim-gateway.jar /app/gateway.jar
USER 10001:10001
ENV HTTP_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${HTTP_PORT}/health/live" || exit 1
ENTRYPOINT ["java", "-jar", "/app/gateway.jar"]
