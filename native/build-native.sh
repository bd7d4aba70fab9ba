#!/usr/bin/env bash
# Builds tools/target/native/memspice, an ahead-of-time native executable of the memspice CLI
# (GraalVM Native Image), from the jars `mvn -B -DskipTests package` made. Opt-in: neither CI nor
# the tests need it; ./memspice uses the binary for `run` when it is newer than the jar.
#
#   mvn -B -DskipTests package && native/build-native.sh        (7-11 min and 3.3-4.5 GB on 2 cores)
#
# No GraalVM distribution is needed: the image builder (org.graalvm.nativeimage:svm and its
# dependencies) comes from Maven Central through mvn (cached in ~/.m2, so offline works once it has
# been fetched) and runs on a stock JDK 25 with JVMCI (Temurin 25 by default). What a GraalVM
# distribution would add is supplied here by small stand-ins written for this script:
#   - a copy of the JDK (hard links where possible) as java.home of the builder, holding the
#     builder's progress-reporter JNI helper;
#   - the C headers the builder's C queries read (CPU features, locale);
#   - the image is written as a relocatable object (-H:+ExitAfterRelocatableImageWrite) and linked
#     here with gcc against the JDK's shared libraries (a stock JDK has no static libraries);
#   - libsvmhelper.a (CPU features, locale, time zone, signals, JNI_OnLoad_<lib> wrappers) and a
#     stub libjvm.so with the JVM_* entry points the JDK libraries import.
# The binary's run path is $ORIGIN only: the stub libjvm.so and the JDK's libjava, libnio, libnet,
# libzip and libmanagement_ext are copied next to it (tools/target/native/), so it keeps working
# after a JDK upgrade or removal and nothing points into a temporary folder.
#
# Environment:
#   MEMSPICE_NATIVE_JDK        JDK 25 with JVMCI (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   MEMSPICE_NATIVE_SVM        builder version on Maven Central (default 25.0.4)
#   MEMSPICE_NATIVE_OPTS       image options (default: see DEFAULT_OPTS below)
#   MEMSPICE_NATIVE_BUILD_XMX  heap of the builder JVM (default 6g; it peaked at 3.3-4.5 GB RSS)
#   MEMSPICE_NATIVE_OFFLINE=1  take the builder from ~/.m2 only (mvn -o), never from the network
# Work files go to tools/target/native-build/ (JDK copy, builder jars, stand-ins, build.log).
# The whole script is one { ... } block, read completely before it runs: bash reads a script as it
# goes, so editing the file during a build (which takes minutes) would otherwise run shifted text.
{
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { echo "native/build-native.sh: $*" >&2; exit 1; }

JDK=${MEMSPICE_NATIVE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
SVMV=${MEMSPICE_NATIVE_SVM:-25.0.4}
# Image options (measured in docs/performance/native-image.md):
#   -H:Optimize=3         Graal's "-O3", accepted by this CE builder: 64 x 64 .op medians of 11 runs
#                         107-168 ms against 114-199 ms with the default -O2 (busy machine: within noise)
#   -H:+CompactingOldGen  the serial collector compacts the old generation in place instead of copying
#                         it: 1024 x 1024 .op (-Xmx8g -Xms8g) no full collection, 34.9 s against 44.6 s
# Not kept: -H:MicroArchitecture=native ("-march=native": 64 x 64 101-108 ms against 106-123 ms, no
# measurable gain, and the binary would run on this CPU model only) and a baked-in young generation
# (-R:MaxNewSize=2g: 512 x 512 13.9 s against 12.7 s; 64 x 64 never collects at all).
DEFAULT_OPTS="-H:Optimize=3 -H:+CompactingOldGen"
OPTS=${MEMSPICE_NATIVE_OPTS:-$DEFAULT_OPTS}
W="$root/tools/target/native-build"
OUT="$root/tools/target/native"
NAME=memspice
# `run` only (RunMain): the launcher sends every other command to the JVM, and an image without the
# other commands (bench, plots, studies) is smaller and starts faster
MAIN=memspice.tools.cli.RunMain

# ---- checks: each failure is one line and exit 1 ----
[ -x "$JDK/bin/java" ] || die "no JDK at $JDK (set MEMSPICE_NATIVE_JDK to a JDK 25 with JVMCI, e.g. Temurin 25)"
jv=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK/release" 2>/dev/null || true)
[ "$jv" = 25 ] || die "$JDK is JDK ${jv:-unknown}, not 25 (set MEMSPICE_NATIVE_JDK to a JDK 25 with JVMCI)"
"$JDK/bin/java" --list-modules 2>/dev/null | grep -q '^jdk.internal.vm.ci@' \
  || die "$JDK has no JVMCI module (jdk.internal.vm.ci); use a JDK 25 build with JVMCI such as Temurin 25"
command -v gcc >/dev/null || die "gcc is needed to compile the C stand-ins and link the image (apt-get install gcc)"
command -v mvn >/dev/null || die "mvn is needed to fetch the image builder from Maven Central"
jars=("$root"/tools/target/memspice-tools-*.jar)
[ -f "${jars[0]}" ] || die "no tools/target/memspice-tools-*.jar: run 'mvn -B -DskipTests package' first"
libs=("$root"/tools/target/lib/*.jar)
[ -f "${libs[0]}" ] || die "no tools/target/lib/*.jar (the dependencies): run 'mvn -B -DskipTests package' first"
CP=$(printf '%s:' "${jars[0]}" "${libs[@]}"); CP=${CP%:}
mkdir -p "$W"/{fetch,clib/include,stub,csrc,tmp,lib} "$OUT"
cd "$W"

# ---- 1. the builder jars (svm, compiler, pointsto, objectfile, ...) via mvn / ~/.m2 ----
if [ ! -f "lib/svm-$SVMV.jar" ]; then
  rm -f lib/*.jar
  cat > fetch/pom.xml <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>memspice.native</groupId><artifactId>fetch</artifactId><version>1</version>
<dependencies><dependency><groupId>org.graalvm.nativeimage</groupId><artifactId>svm</artifactId><version>$SVMV</version></dependency></dependencies></project>
EOF
  # offline first (works from ~/.m2 with no network), then online
  if ! (cd fetch && { mvn -q -B -o dependency:copy-dependencies -DoutputDirectory="$W/lib" >mvn.log 2>&1 \
        || { [ "${MEMSPICE_NATIVE_OFFLINE:-0}" != 1 ] \
             && mvn -q -B dependency:copy-dependencies -DoutputDirectory="$W/lib" >>mvn.log 2>&1; }; }); then
    rm -f lib/*.jar
    die "cannot get org.graalvm.nativeimage:svm:$SVMV with mvn (offline and not in ~/.m2?); see $W/fetch/mvn.log"
  fi
fi

# ---- 2. a "GraalVM home" for the builder: the JDK (hard-linked) plus lib/svm/builder/lib ----
stamp="$JDK $(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$JDK/release")"
if [ ! -x gvm/bin/java ] || [ "$(cat gvm.stamp 2>/dev/null)" != "$stamp" ]; then
  rm -rf gvm
  cp -al "$JDK" gvm 2>/dev/null || { rm -rf gvm; cp -a "$JDK" gvm; }
  echo "$stamp" > gvm.stamp
fi
mkdir -p gvm/lib/svm/builder/lib
cat > csrc/reporterchelper.c <<'EOF'
/* The builder's progress reporter asks for its peak RSS and the terminal width through JNI. */
#include <jni.h>
#include <sys/resource.h>
#include <sys/ioctl.h>
#include <unistd.h>
JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *e, jclass c) {
  struct rusage u; if (getrusage(RUSAGE_SELF, &u) != 0) return -1; return (jlong)u.ru_maxrss * 1024; }
JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *e, jclass c) {
  struct winsize w; if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) != 0) return -1; return w.ws_col; }
EOF
rm -f gvm/lib/svm/builder/lib/libreporterchelper.so
gcc -shared -fPIC -O2 -I"$JDK/include" -I"$JDK/include/linux" -o gvm/lib/svm/builder/lib/libreporterchelper.so csrc/reporterchelper.c

# ---- 3. headers the builder's C queries need (a distribution has them in lib/svm/clibraries) ----
cp "$JDK/include/jni.h" "$JDK/include/linux/jni_md.h" clib/include/
: > clib/include/jvm_md.h
rm -rf svmx && mkdir svmx && (cd svmx && unzip -q "$W/lib/svm-$SVMV.jar" 'com/oracle/svm/core/*/*LibCHelper$CPUFeatures.class')
# The CPUFeatures struct is one char per feature, in the order of the builder's own Java mirror.
for a in amd64/AMD64 aarch64/AArch64 riscv64/RISCV64; do
  d=${a%%/*}
  F=$("$JDK/bin/javap" -p "svmx/com/oracle/svm/core/$a""LibCHelper\$CPUFeatures.class" | grep -o ' f[A-Za-z0-9_]*(' | tr -d ' (')
  { echo "#ifndef ${d}_CPUFEATURES_H"; echo "#define ${d}_CPUFEATURES_H"; echo "typedef struct {"
    for f in $F; do echo "  char $f;"; done
    echo "} CPUFeatures;"
    echo "void determineCPUFeatures(CPUFeatures *features);"
    echo "int checkCPUFeatures(const char *buildtimeMask);"
    echo "int checkCPUFeaturesOrExit(const char *buildtimeMask, const char *errorMessage);"
    echo "#endif"; } > clib/include/${d}cpufeatures.h
done
cp "$root/native/src/svm_locale.h" clib/include/

# ---- 4. the C stand-ins: libsvmhelper.a and the stub libjvm.so ----
gcc -O2 -fPIC -Wall -c "$root/native/src/svmhelper.c" -I"$JDK/include" -I"$JDK/include/linux" -Iclib/include -o csrc/svmhelper.o
rm -f stub/libsvmhelper.a && ar rcs stub/libsvmhelper.a csrc/svmhelper.o
cp "$root/native/src/jvmstub.c" csrc/jvmstub.c
# every other JVM_* symbol the JDK libraries import: aborts with its name if ever called
IMPL=$(grep -o 'JNIEXPORT [^(]* \**\(JVM_[A-Za-z0-9_]*\)(' csrc/jvmstub.c | grep -o 'JVM_[A-Za-z0-9_]*' | sort -u)
for l in java nio net zip management_ext; do nm -D --undefined-only "$JDK/lib/lib$l.so" | awk '{print $2}' | sed 's/@.*//'; done \
  | grep '^JVM_' | sort -u | comm -23 - <(echo "$IMPL") \
  | while read -r s; do echo "JNIEXPORT void $s(void) { unimpl(\"$s\"); }"; done >> csrc/jvmstub.c
echo 'SUNWprivate_1.1 { global: *; };' > csrc/jvm.map
gcc -O2 -fPIC -shared -w -I"$JDK/include" -I"$JDK/include/linux" -Wl,-soname,libjvm.so \
  -Wl,--version-script,csrc/jvm.map -o stub/libjvm.so csrc/jvmstub.c

# ---- 5. --add-exports/--add-opens of the JDK packages to the builder (the native-image driver's job) ----
T="org.graalvm.nativeimage.base,org.graalvm.nativeimage.builder,org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.objectfile,jdk.graal.compiler,org.graalvm.nativeimage.configure,org.graalvm.nativeimage.libgraal,org.graalvm.truffle.compiler,ALL-UNNAMED"
: > exports.txt
for m in java.base jdk.internal.vm.ci jdk.unsupported java.management jdk.management jdk.jfr jdk.internal.jvmstat java.xml jdk.jdeps jdk.jlink jdk.internal.opt jdk.compiler java.rmi java.desktop jdk.zipfs java.instrument java.logging java.naming java.security.jgss jdk.crypto.cryptoki jdk.net java.net.http; do
  "$JDK/bin/java" --describe-module $m 2>/dev/null | awk '{ if ($1=="contains") print $2; else if ($1=="qualified") print $3; else if ($1=="exports") print $2 }' | sort -u \
    | while read -r p; do echo "--add-exports=$m/$p=$T"; echo "--add-opens=$m/$p=$T"; done >> exports.txt
done

# ---- 6. the builder, started directly; it stops after writing the relocatable object ----
MP=$(ls "$W"/lib/*.jar | grep -v "/compiler-$SVMV.jar" | tr '\n' ':')
rm -rf tmp/SVM-*
echo "native/build-native.sh: building $OUT/$NAME with $OPTS (log: $W/build.log) ..." >&2
set +e
# shellcheck disable=SC2086
JVMCI_VERSION_CHECK=ignore gvm/bin/java -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:-UseJVMCICompiler \
  -Xss10m -Xmx"${MEMSPICE_NATIVE_BUILD_XMX:-6g}" @exports.txt \
  -Djdk.internal.lambda.disableEagerInitialization=true --add-modules=ALL-DEFAULT \
  --enable-native-access=ALL-UNNAMED,org.graalvm.nativeimage.builder \
  -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
  -Djdk.module.main=org.graalvm.nativeimage.builder \
  --module-path "$MP" --upgrade-module-path "$W/lib/compiler-$SVMV.jar" \
  -Dorg.graalvm.version="$SVMV" -Dorg.graalvm.nativeimage.imagecode=buildtime -Dcom.oracle.graalvm.isaot=false \
  -m org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
  -H:+UnlockExperimentalVMOptions -H:ImageBuildID="$(cat /proc/sys/kernel/random/uuid)" \
  -imagecp "$CP" -H:Class="$MAIN" -H:Name="$NAME" -H:Path="$W/tmp" \
  -H:CLibraryPath="$W/clib" -H:-UseContainerSupport -H:+ExitAfterRelocatableImageWrite -H:TempDirectory="$W/tmp" \
  -H:+ReportExceptionStackTraces $OPTS > build.log 2>&1
rc=$?
set -e
grep -v '^WARNING: package' build.log >&2 || true
[ $rc -eq 0 ] || die "the image builder failed (exit $rc); see $W/build.log"
O=$(ls "$W"/tmp/SVM-*/"$NAME".o 2>/dev/null | head -1)
[ -f "$O" ] || die "the image builder wrote no object file; see $W/build.log"

# ---- 7. link: JDK native code from the JDK's shared libraries, copied next to the binary ----
rm -f "$OUT/$NAME"
for l in java nio net zip management_ext; do cp -f "$JDK/lib/lib$l.so" "$OUT/"; done
cp -f stub/libjvm.so "$OUT/"
gcc -z noexecstack -Wl,--gc-sections -o "$OUT/$NAME.tmp" "$O" stub/libsvmhelper.a \
  -L"$OUT" -ljava -lnio -lnet -lzip -lmanagement_ext -ljvm \
  '-Wl,-rpath,$ORIGIN' -Wl,--export-dynamic -lz -ldl -lpthread -lrt
mv -f "$OUT/$NAME.tmp" "$OUT/$NAME"
echo "$OPTS" > "$OUT/build-options.txt"
ls -la "$OUT/$NAME" >&2
exit 0
}
