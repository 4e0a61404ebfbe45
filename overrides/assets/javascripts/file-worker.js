// The offline copy (hooks/offline.py): a page opened from disk (file://) may not start a Worker,
// so there the search worker runs in a hidden frame of the page instead. The frame's scripts are
// the worker's; importScripts loads scripts into it in order, its postMessage answers the page.
"use strict"
if (location.protocol === "file:") {
  window.Worker = class FrameWorker extends EventTarget {
    constructor(url) {
      super()
      const src = new URL(url, location.href)
      this.frame = document.createElement("iframe")
      this.frame.hidden = true
      this.frame.title = "search"
      document.body.appendChild(this.frame)
      const scope = this.frame.contentWindow
      const load = href => new Promise((resolve, reject) => {
        const script = scope.document.createElement("script")
        script.src = href
        script.onload = resolve
        script.onerror = () => reject(new Error(`cannot load ${href}`))
        scope.document.head.appendChild(script)
      })
      scope.WORKER_URL = src.href        // the worker's own URL (location is the frame's)
      scope.importScripts = (...urls) =>
        urls.reduce((done, href) => done.then(() => load(new URL(href, src).href)), Promise.resolve())
      scope.postMessage = data => setTimeout(() => this.dispatchEvent(new MessageEvent("message", { data })))
      this.queue = []
      this.ready = load(src.href).then(() => {
        for (const data of this.queue) scope.dispatchEvent(new MessageEvent("message", { data }))
        this.queue = null
      })
      this.scope = scope
    }
    postMessage(data) {
      if (this.queue) this.queue.push(data)
      else setTimeout(() => this.scope.dispatchEvent(new MessageEvent("message", { data })))
    }
    terminate() {
      this.frame.remove()
    }
  }
}
