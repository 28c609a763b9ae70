# syntax=docker/dockerfile:1
# Build stage: packages bot/target/clsbot.jar with the knowledge base inside (CI runs the tests). The Maven
# repository is a BuildKit cache mount: dependencies are downloaded once, and a failed download fails the build.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY index index
COPY bot bot
COPY knowledge-base knowledge-base
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -Dmaven.test.skip=true

# Runtime stage: a JRE, a non-root user, the jar, an editable copy of the knowledge base and a state directory.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app clsbot \
    && mkdir -p /app/state \
    && chown clsbot:clsbot /app/state
WORKDIR /app
COPY --from=build /src/bot/target/clsbot.jar /app/clsbot.jar
COPY --chown=clsbot:clsbot knowledge-base /app/knowledge-base
COPY --chmod=755 docker/healthcheck.sh /app/healthcheck.sh
USER clsbot
ENV CLSBOT_KB=/app/knowledge-base \
    CLSBOT_STATE_DIR=/app/state \
    CLSBOT_INDEX_DIR=/app/.cache/clsbot \
    CLSBOT_PORT=8080 \
    TELEGRAM_WEBHOOK_BIND=0.0.0.0
# JVM sized from the benchmark (README, "Performance"): 1000 contracts take ~60 MB of heap; half the heap young
# (start-up allocates ~100 MB, then needs no collection) and in transparent huge pages (few page faults), C1 only
# with one compiler thread, no performance-counter file, and a static class-data sharing archive of the classes one
# training question loads: the first answer comes about 0.8 s after launch on 2 cores.
RUN java -Xmx256m -XX:NewRatio=1 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 \
        -XX:+UseTransparentHugePages -XX:-UsePerfData -XX:DumpLoadedClassList=/app/clsbot.classlist \
        -jar /app/clsbot.jar ask "Quels sont les axes du CLS ?" > /dev/null \
    && java -Xmx256m -XX:NewRatio=1 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 \
        -XX:+UseTransparentHugePages -XX:-UsePerfData -Xshare:dump -XX:SharedClassListFile=/app/clsbot.classlist \
        -XX:SharedArchiveFile=/app/clsbot.jsa -cp /app/clsbot.jar > /dev/null \
    && rm /app/clsbot.classlist
# Webhook mode listens on CLSBOT_PORT, on every interface of the container (the bot's own default is
# 127.0.0.1, behind a reverse proxy); long polling needs no port.
EXPOSE 8080
# The questions file and the chat-id salt must survive the container; the knowledge base is edited in place.
VOLUME ["/app/state", "/app/knowledge-base"]
# Webhook mode: GET /healthz; long polling and console modes serve no HTTP and the script passes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["/app/healthcheck.sh"]
ENTRYPOINT ["java", "-Xmx256m", "-XX:NewRatio=1", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseTransparentHugePages", "-XX:-UsePerfData", "-XX:SharedArchiveFile=/app/clsbot.jsa", "-Xlog:cds=off", "-jar", "/app/clsbot.jar"]
CMD ["telegram"]
