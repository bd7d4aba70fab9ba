/*
 * Stand-ins for the C helpers a GraalVM distribution links into every native image (its libchelper
 * and JNI_OnLoad shims), written for memspice's native/build-native.sh: CPU feature detection for
 * the image's start-up check, the locale and time-zone queries, sun.misc.Signal support, and
 * JNI_OnLoad_<lib> entry points that forward to the JDK's shared libraries (which are linked
 * dynamically here because a stock JDK ships no static ones).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <semaphore.h>
#include <dlfcn.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <cpuid.h>
#include <jni.h>
#include "amd64cpufeatures.h"
#include "svm_locale.h"

void initialize(void) {}

int fprintfSD(FILE *f, const char *fmt, const char *s, int d) { return fprintf(f, fmt, s, d); }
int openSII(const char *path, int flags, int mode) { return open(path, flags, mode); }
void *mremapP(void *old, size_t oldsz, size_t newsz, int flags, void *newaddr) { return mremap(old, oldsz, newsz, flags, newaddr); }
int getThreadId(void) { return (int) syscall(SYS_gettid); }

/* ---- CPU features ---- */
static int bit(unsigned r, int b) { return (r >> b) & 1; }
void determineCPUFeatures(CPUFeatures *f) {
  unsigned a, b, c, d, max;
  memset(f, 0, sizeof(*f));
  max = __get_cpuid_max(0, 0);
  if (max < 1) return;
  __cpuid(1, a, b, c, d);
  f->fCX8 = bit(d, 8); f->fCMOV = bit(d, 15); f->fFXSR = bit(d, 24); f->fHT = bit(d, 28); f->fMMX = bit(d, 23);
  f->fSSE = bit(d, 25); f->fSSE2 = bit(d, 26); f->fTSC = bit(d, 4); f->fFLUSH = bit(d, 19);
  f->fSSE3 = bit(c, 0); f->fCLMUL = bit(c, 1); f->fSSSE3 = bit(c, 9); f->fFMA = bit(c, 12); f->fSSE4_1 = bit(c, 19);
  f->fSSE4_2 = bit(c, 20); f->fPOPCNT = bit(c, 23); f->fAES = bit(c, 25); f->fF16C = bit(c, 29); f->fHV = bit(c, 31);
  int osxsave = bit(c, 27), avx = bit(c, 28);
  unsigned long long xcr0 = 0;
  if (osxsave) { unsigned lo, hi; __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0)); xcr0 = ((unsigned long long)hi << 32) | lo; }
  int ymm = osxsave && ((xcr0 & 6) == 6), zmm = ymm && ((xcr0 & 0xe0) == 0xe0);
  f->fAVX = avx && ymm; f->fVZEROUPPER = f->fAVX;
  if (!ymm) { f->fFMA = 0; f->fF16C = 0; }
  if (max >= 7) {
    __cpuid_count(7, 0, a, b, c, d);
    f->fBMI1 = bit(b, 3); f->fAVX2 = bit(b, 5) && ymm; f->fBMI2 = bit(b, 8); f->fERMS = bit(b, 9); f->fRTM = bit(b, 11);
    f->fADX = bit(b, 19); f->fFLUSHOPT = bit(b, 23); f->fCLWB = bit(b, 24); f->fSHA = bit(b, 29);
    if (zmm) {
      f->fAVX512F = bit(b, 16); f->fAVX512DQ = bit(b, 17); f->fAVX512_IFMA = bit(b, 21); f->fAVX512PF = bit(b, 26);
      f->fAVX512ER = bit(b, 27); f->fAVX512CD = bit(b, 28); f->fAVX512BW = bit(b, 30); f->fAVX512VL = bit(b, 31);
      f->fAVX512_VBMI = bit(c, 1); f->fAVX512_VBMI2 = bit(c, 6); f->fAVX512_VNNI = bit(c, 11); f->fAVX512_BITALG = bit(c, 12);
      f->fAVX512_VPOPCNTDQ = bit(c, 14);
    }
    if (ymm) { f->fAVX512_VAES = bit(c, 9) && zmm; f->fAVX512_VPCLMULQDQ = bit(c, 10) && zmm; }
    f->fGFNI = bit(c, 8); f->fPKU = bit(c, 3); f->fOSPKE = bit(c, 4); f->fRDPID = bit(c, 22);
    f->fFSRM = bit(d, 4); f->fSERIALIZE = bit(d, 14);
    /* control-flow enforcement and FP16, as HotSpot reports them to the builder (-march=native needs them) */
    f->fCET_SS = bit(c, 7); f->fCET_IBT = bit(d, 20);
    if (zmm) f->fAVX512_FP16 = bit(d, 23);
    if (a >= 1) { /* leaf 7 sub-leaf 1 */
      unsigned a1, b1, c1, d1;
      __cpuid_count(7, 1, a1, b1, c1, d1);
      if (ymm) { f->fSHA512 = bit(a1, 0); f->fAVX_IFMA = bit(a1, 23); }
    }
    /* APX_F and AVX10 (newer than this helper) stay 0: an image built for a CPU with them exits
       at start with the builder's message instead of running on wrong assumptions */
  }
  __cpuid(0x80000000, a, b, c, d);
  unsigned emax = a;
  if (emax >= 0x80000001) { __cpuid(0x80000001, a, b, c, d); f->fLZCNT = bit(c, 5); f->fSSE4A = bit(c, 6); f->fAMD_3DNOW_PREFETCH = bit(c, 8); f->fRDTSCP = bit(d, 27); }
  if (emax >= 0x80000007) { __cpuid(0x80000007, a, b, c, d); f->fTSCINV_BIT = bit(d, 8); f->fTSCINV = bit(d, 8); }
}
int checkCPUFeatures(const char *buildtime) {
  CPUFeatures rt; determineCPUFeatures(&rt);
  const char *r = (const char *)&rt;
  for (size_t i = 0; i < sizeof(rt); i++) if ((unsigned char)(r[i] | buildtime[i]) != 0xff) return -1;
  return 0;
}
int checkCPUFeaturesOrExit(const char *buildtime, const char *msg) {
  if (checkCPUFeatures(buildtime) != 0) { fputs(msg, stderr); fputc('\n', stderr); exit(1); }
  return 0;
}

/* ---- locale: let the image use its defaults ---- */
static svm_locale_props_t props;
#include <locale.h>
static void parse_locale(const char *lc, char **lang, char **country, char **variant) {
  *lang = NULL; *country = NULL; *variant = NULL;
  if (lc == NULL || !strcmp(lc, "C") || !strcmp(lc, "POSIX") || !*lc) { *lang = strdup("en"); return; }
  char *t = strdup(lc); char *at = strchr(t, '@'); if (at) { *at = 0; *variant = strdup(at + 1); }
  char *dot = strchr(t, '.'); if (dot) *dot = 0;
  char *us = strchr(t, '_'); if (us) { *us = 0; *country = strdup(us + 1); }
  *lang = strdup(*t ? t : "en"); free(t);
}
int svm_initialize_locale(void) {
  setlocale(LC_ALL, "");
  parse_locale(setlocale(LC_CTYPE, NULL), &props.format_language, &props.format_country, &props.format_variant);
  const char *m = setlocale(LC_MESSAGES, NULL);
  parse_locale(m, &props.display_language, &props.display_country, &props.display_variant);
  props.format_script = NULL; props.display_script = NULL;
  setlocale(LC_ALL, "C");
  return SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}
svm_locale_props_t *svm_get_locale(void) { return &props; }

/* ---- time zone ---- */
char *SVM_FindJavaTZmd(const char *java_home, int len) {
  const char *tz = getenv("TZ");
  if (tz && *tz) { if (*tz == ':') tz++; return strdup(tz); }
  FILE *fp = fopen("/etc/timezone", "r");
  if (fp) { char buf[256]; if (fgets(buf, sizeof buf, fp)) { fclose(fp); buf[strcspn(buf, "\r\n ")] = 0; if (*buf) return strdup(buf); } else fclose(fp); }
  char link[512]; ssize_t n = readlink("/etc/localtime", link, sizeof link - 1);
  if (n > 0) { link[n] = 0; char *p = strstr(link, "zoneinfo/"); if (p) return strdup(p + 9); }
  return strdup("UTC");
}

/* ---- sun.misc.Signal support ---- */
static sem_t sig_sem; static int sig_open;
static volatile sig_atomic_t pending[NSIG];
int cSunMiscSignal_open(void) { if (sig_open) return -1; if (sem_init(&sig_sem, 0, 0) != 0) return -1; sig_open = 1; return 0; }
int cSunMiscSignal_close(void) { if (!sig_open) return -1; sig_open = 0; return sem_destroy(&sig_sem); }
int cSunMiscSignal_awaitSemaphore(void) { int r; do { r = sem_wait(&sig_sem); } while (r != 0 && errno == EINTR); return r; }
int cSunMiscSignal_signalSemaphore(void) { return sem_post(&sig_sem); }
jboolean cSunMiscSignal_signalRangeCheck(int s) { return s > 0 && s < NSIG; }
int cSunMiscSignal_checkPendingSignal(void) {
  for (int s = 1; s < NSIG; s++) { int v = pending[s]; if (v > 0 && __sync_bool_compare_and_swap(&pending[s], v, v - 1)) return s; }
  return -1;
}
static void dispatch(int s) { if (s > 0 && s < NSIG) { __sync_fetch_and_add(&pending[s], 1); if (sig_open) sem_post(&sig_sem); } }
void *cSunMiscSignal_signalHandlerFunctionPointer(void) { return (void *) dispatch; }

/* ---- JNI_OnLoad_<lib> for JDK libs that are linked dynamically here ---- */
static jint onload(const char *lib, JavaVM *vm, void *r) {
  void *h = dlopen(lib, RTLD_NOW | RTLD_NOLOAD); if (!h) h = dlopen(lib, RTLD_NOW);
  if (!h) { fprintf(stderr, "cannot open %s: %s\n", lib, dlerror()); return JNI_VERSION_1_8; }
  jint (*f)(JavaVM *, void *) = (jint (*)(JavaVM *, void *)) dlsym(h, "JNI_OnLoad");
  jint v = f ? f(vm, r) : JNI_VERSION_1_8;
  return v < JNI_VERSION_1_8 ? JNI_VERSION_1_8 : v;
}
JNIEXPORT jint JNI_OnLoad_java(JavaVM *vm, void *r) { return onload("libjava.so", vm, r); }
JNIEXPORT jint JNI_OnLoad_nio(JavaVM *vm, void *r) { return onload("libnio.so", vm, r); }
JNIEXPORT jint JNI_OnLoad_net(JavaVM *vm, void *r) { return onload("libnet.so", vm, r); }
JNIEXPORT jint JNI_OnLoad_zip(JavaVM *vm, void *r) { return onload("libzip.so", vm, r); }
