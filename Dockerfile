# Build stage: packages bot/target/clsbot.jar with the knowledge base inside (CI runs the tests).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY index/pom.xml index/
COPY bot/pom.xml bot/
RUN mvn -B -q dependency:go-offline || true
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
ENV CLSBOT_KB=/app/knowledge-base \
    CLSBOT_INDEX_DIR=/app/.cache/clsbot
# JVM sized from the benchmark (README, "Performance"): 1000 contracts take ~50 MB of heap; C1 only and a
# class-data sharing archive, written here by one training question, start the bot in about 1.5 s on 2 cores.
RUN java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit=/app/clsbot.jsa \
        -jar /app/clsbot.jar ask "Quels sont les axes du CLS ?" > /dev/null
ENTRYPOINT ["java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/app/clsbot.jsa", "-jar", "/app/clsbot.jar"]
CMD ["telegram"]
