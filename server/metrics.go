package server

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"
)

// Metrics counts requests by route and status and times them, and writes
// the counts in the Prometheus text exposition format (version 0.0.4).
type Metrics struct {
	start time.Time
	mu    sync.Mutex
	reqs  map[reqKey]int64
	hist  map[string]*histogram
}

type reqKey struct {
	route, code string
}

// buckets are the upper bounds, in seconds, of the latency histogram.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}

type histogram struct {
	counts []int64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      int64
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	return &Metrics{start: time.Now(), reqs: map[reqKey]int64{}, hist: map[string]*histogram{}}
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Instrument wraps h so that its requests are counted under the route
// pattern that matched them.
func (m *Metrics) Instrument(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		if sw.code == 0 {
			sw.code = http.StatusOK
		}
		m.observe(r.Pattern, sw.code, time.Since(t))
	})
}

func (m *Metrics) observe(route string, code int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reqs[reqKey{route, strconv.Itoa(code)}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{counts: make([]int64, len(buckets)+1)}
		m.hist[route] = h
	}
	i := sort.SearchFloat64s(buckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

// ServeHTTP writes the metrics.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintf(w, "# HELP annals_uptime_seconds Seconds since the server started.\n# TYPE annals_uptime_seconds gauge\nannals_uptime_seconds %g\n",
		time.Since(m.start).Seconds())
	fmt.Fprintf(w, "# HELP annals_http_requests_total HTTP requests by route and status code.\n# TYPE annals_http_requests_total counter\n")
	keys := make([]reqKey, 0, len(m.reqs))
	for k := range m.reqs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].route != keys[j].route {
			return keys[i].route < keys[j].route
		}
		return keys[i].code < keys[j].code
	})
	for _, k := range keys {
		fmt.Fprintf(w, "annals_http_requests_total{route=%s,code=%q} %d\n", strconv.Quote(k.route), k.code, m.reqs[k])
	}
	fmt.Fprintf(w, "# HELP annals_http_request_duration_seconds Time to answer HTTP requests by route.\n# TYPE annals_http_request_duration_seconds histogram\n")
	routes := make([]string, 0, len(m.hist))
	for r := range m.hist {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, route := range routes {
		h := m.hist[route]
		var cum int64
		q := strconv.Quote(route)
		for i, le := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "annals_http_request_duration_seconds_bucket{route=%s,le=\"%g\"} %d\n", q, le, cum)
		}
		fmt.Fprintf(w, "annals_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", q, h.n)
		fmt.Fprintf(w, "annals_http_request_duration_seconds_sum{route=%s} %g\n", q, h.sum)
		fmt.Fprintf(w, "annals_http_request_duration_seconds_count{route=%s} %d\n", q, h.n)
	}
}
