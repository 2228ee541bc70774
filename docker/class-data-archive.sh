#!/bin/sh
# Extracts PlanFlow's jar into a folder and records a class-data-sharing (AppCDS) archive of one start in it, so
# later starts map the classes instead of loading them (decision 048). Run it with the Java that will run PlanFlow:
# the archive holds only for that JVM and that folder's jars.
#   docker/class-data-archive.sh target/planflow.jar /opt/planflow
#   java -XX:SharedArchiveFile=/opt/planflow/planflow.jsa -jar /opt/planflow/planflow.jar
set -eu
jar=$1
folder=$2
extracted="$folder/$(basename "$jar")"
java -Djarmode=tools -jar "$jar" extract --destination "$folder"
data=$(mktemp -d)
# The context's exit after refresh does not close it, so the embedded PostgreSQL of the training run is stopped here.
stop_postgres() {
    if [ -f "$data/postmaster.pid" ]; then
        pid=$(head -1 "$data/postmaster.pid")
        kill -INT "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    rm -rf "$data"
}
trap stop_postgres EXIT
# One start on a throw-away embedded database, ended once the application context is ready.
java -XX:ArchiveClassesAtExit="$folder/planflow.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
    --planflow.database.embedded.data-dir="$data" --server.port=0 --planflow.demo.plans=false >"$folder/archive-training.log" 2>&1 \
    || { tail -40 "$folder/archive-training.log"; exit 1; }
test -s "$folder/planflow.jsa"
echo "java -XX:SharedArchiveFile=$folder/planflow.jsa -jar $extracted"
