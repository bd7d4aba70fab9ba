/*
 * A stub libjvm.so for memspice's native image: the JDK's libjava, libnio, libnet, libzip and
 * libmanagement_ext import JVM_* functions from libjvm.so; a native image has no HotSpot, so the few
 * that the image's code paths reach are implemented here with libc. native/build-native.sh appends
 * one aborting definition ("stub libjvm: NAME is not implemented") for every other imported symbol.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <stdint.h>
#include <unistd.h>
#include <errno.h>
#include <dlfcn.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <sys/time.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <jni.h>
#define RESTART(cmd) ({ int _r; do { _r = (cmd); } while (_r == -1 && errno == EINTR); _r; })
JNIEXPORT int JVM_GetInterfaceVersion(void) { return 6; }
JNIEXPORT int JVM_ActiveProcessorCount(void) { cpu_set_t s; if (sched_getaffinity(0, sizeof s, &s) == 0) return CPU_COUNT(&s); return (int) sysconf(_SC_NPROCESSORS_ONLN); }
JNIEXPORT int JVM_GetLastErrorString(char *buf, int len) { if (errno == 0) return 0; const char *s = strerror(errno); size_t n = strlen(s); if (n >= (size_t)len) n = len - 1; memcpy(buf, s, n); buf[n] = 0; return (int) n; }
JNIEXPORT char *JVM_NativePath(char *p) { return p; }
JNIEXPORT void JVM_Halt(int code) { exit(code); }
JNIEXPORT void JVM_BeforeHalt(void) {}
JNIEXPORT jlong JVM_CurrentTimeMillis(void *e, void *c) { struct timeval t; gettimeofday(&t, NULL); return (jlong) t.tv_sec * 1000 + t.tv_usec / 1000; }
JNIEXPORT jlong JVM_NanoTime(void *e, void *c) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return (jlong) t.tv_sec * 1000000000LL + t.tv_nsec; }
JNIEXPORT jlong JVM_GetNanoTimeAdjustment(void *e, void *c, jlong off) { struct timespec t; clock_gettime(CLOCK_REALTIME, &t); int64_t diff = t.tv_sec - off; if (diff >= 0x0100000000LL || diff <= -0x0100000000LL) return -1; return diff * 1000000000LL + t.tv_nsec; }
JNIEXPORT void *JVM_FindLibraryEntry(void *h, const char *n) { return dlsym(h ? h : RTLD_DEFAULT, n); }
JNIEXPORT void *JVM_LoadLibrary(const char *n, jboolean t) { return dlopen(n, RTLD_LAZY); }
JNIEXPORT void JVM_UnloadLibrary(void *h) { dlclose(h); }
JNIEXPORT jboolean JVM_IsStaticallyLinked(void) { return JNI_FALSE; }
JNIEXPORT int JVM_InitializeSocketLibrary(void) { return 0; }
JNIEXPORT int JVM_GetHostName(char *n, int l) { return gethostname(n, l); }
JNIEXPORT jstring JVM_GetTemporaryDirectory(JNIEnv *env) { return (*env)->NewStringUTF(env, "/tmp"); }
JNIEXPORT int JVM_Socket(int d, int t, int p) { return socket(d, t, p); }
JNIEXPORT int JVM_SocketClose(int fd) { return close(fd); }
JNIEXPORT int JVM_SocketShutdown(int fd, int h) { return shutdown(fd, h); }
JNIEXPORT int JVM_Connect(int fd, struct sockaddr *a, socklen_t l) { return RESTART(connect(fd, a, l)); }
JNIEXPORT int JVM_Listen(int fd, int c) { return listen(fd, c); }
JNIEXPORT int JVM_Send(int fd, char *b, size_t n, unsigned f) { return RESTART(send(fd, b, n, f)); }
JNIEXPORT int JVM_SetSockOpt(int fd, int lv, int o, const char *v, socklen_t l) { return setsockopt(fd, lv, o, v, l); }
JNIEXPORT int JVM_GetSockOpt(int fd, int lv, int o, char *v, socklen_t *l) { return getsockopt(fd, lv, o, v, l); }
JNIEXPORT int JVM_GetSockName(int fd, struct sockaddr *a, socklen_t *l) { return getsockname(fd, a, l); }
JNIEXPORT int JVM_SocketAvailable(int fd, int *p) { if (fd < 0) return 0; return RESTART(ioctl(fd, FIONREAD, p)) == -1 ? 0 : 1; }
JNIEXPORT int jio_vfprintf(FILE *f, const char *fmt, va_list a) { return vfprintf(f, fmt, a); }
JNIEXPORT int jio_vsnprintf(char *s, size_t c, const char *fmt, va_list a) { if ((intptr_t)c <= 0) return -1; int r = vsnprintf(s, c, fmt, a); if ((r > 0 && (size_t)r >= c) || r == -1) { s[c-1] = 0; r = -1; } return r; }
JNIEXPORT int jio_snprintf(char *s, size_t c, const char *fmt, ...) { va_list a; va_start(a, fmt); int r = jio_vsnprintf(s, c, fmt, a); va_end(a); return r; }
JNIEXPORT int jio_fprintf(FILE *f, const char *fmt, ...) { va_list a; va_start(a, fmt); int r = vfprintf(f, fmt, a); va_end(a); return r; }
JNIEXPORT void *JVM_GetManagement(jint v) { return NULL; }
static void unimpl(const char *n) { fprintf(stderr, "stub libjvm: %s is not implemented\n", n); abort(); }
