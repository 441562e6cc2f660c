/*
 * Launches a program and reports how long until its first frame with content reaches the X
 * screen: the top band of the screen (where a window placed at the top left shows its heading
 * or brand) is grabbed every 10 ms, and a frame "has content" once it holds more distinct
 * colours than an empty screen with an unpainted window (the root's colour and the window's
 * plain background). Prints the milliseconds, then ends the program.
 *
 * Only a band, and not too often: grabbing the whole screen every few milliseconds keeps the X
 * server so busy that the program's own first paint comes seconds later.
 *
 * Usage: first_frame TIMEOUT_MS PROGRAM [ARGS...]   (DISPLAY must be set; built by
 * scripts/bench-startup.sh with `cc -O2 first_frame.c -lX11`)
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Colours of an empty screen: the weave, a window background, its border. Text or any
 * drawing brings anti-aliased edges and many more. */
#define COLOURS_OF_CONTENT 8
#define BAND_HEIGHT 120

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int has_content(XImage *image) {
  unsigned long seen[COLOURS_OF_CONTENT];
  int count = 0;
  for (int y = 0; y < image->height; y++) {
    for (int x = 0; x < image->width; x++) {
      unsigned long pixel = XGetPixel(image, x, y);
      int known = 0;
      for (int i = 0; i < count && !known; i++) known = seen[i] == pixel;
      if (known) continue;
      seen[count++] = pixel;
      if (count == COLOURS_OF_CONTENT) return 1;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s TIMEOUT_MS PROGRAM [ARGS...]\n", argv[0]);
    return 2;
  }
  double timeout = atof(argv[1]);
  Display *display = XOpenDisplay(NULL);
  if (!display) {
    fprintf(stderr, "first_frame: no X display\n");
    return 2;
  }
  Window root = DefaultRootWindow(display);
  XWindowAttributes screen;
  XGetWindowAttributes(display, root, &screen);

  double start = now_ms();
  pid_t child = fork();
  if (child == 0) {
    /* The program's own output (logs) stays out of the figure printed on stdout. */
    dup2(STDERR_FILENO, STDOUT_FILENO);
    execvp(argv[2], argv + 2);
    perror("first_frame: exec");
    _exit(127);
  }
  int found = 0;
  double elapsed = 0;
  while ((elapsed = now_ms() - start) < timeout) {
    int band = screen.height < BAND_HEIGHT ? screen.height : BAND_HEIGHT;
    XImage *image = XGetImage(display, root, 0, 0, screen.width, band, AllPlanes, ZPixmap);
    if (image) {
      found = has_content(image);
      XDestroyImage(image);
    }
    if (found) break;
    if (waitpid(child, NULL, WNOHANG) == child) {
      fprintf(stderr, "first_frame: the program ended before showing anything\n");
      return 1;
    }
    usleep(10000);
  }
  kill(child, SIGTERM);
  waitpid(child, NULL, 0);
  if (!found) {
    fprintf(stderr, "first_frame: nothing shown within %.0f ms\n", timeout);
    return 1;
  }
  printf("%.0f\n", elapsed);
  return 0;
}
