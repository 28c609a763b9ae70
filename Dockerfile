# Build stage: compiles and tests nothing (CI does), packages bot/target/clsbot.jar with the knowledge base inside.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY index/pom.xml index/
COPY bot/pom.xml bot/
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY index index
COPY bot bot
COPY knowledge-base knowledge-base
RUN mvn -B -q package -DskipTests

# Runtime stage: a JRE, a non-root user, the jar and an editable copy of the knowledge base.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app clsbot
WORKDIR /app
COPY --from=build /src/bot/target/clsbot.jar /app/clsbot.jar
COPY --chown=clsbot knowledge-base /app/knowledge-base
USER clsbot
# Mount your own base over /app/knowledge-base to serve it; TELEGRAM_BOT_TOKEN comes from the environment.
ENV CLSBOT_KB=/app/knowledge-base
# 1000 contracts fit in 256 MB of heap; see README "Performance".
ENTRYPOINT ["java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "/app/clsbot.jar"]
CMD ["telegram"]
