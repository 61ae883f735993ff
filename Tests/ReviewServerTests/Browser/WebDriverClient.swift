import Foundation

/// Just enough of the W3C WebDriver protocol (JSON over HTTP) to drive one browser session:
/// no Selenium, one request per command.
struct WebDriverClient {
    let endpoint: String
    let sessionID: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The key under which WebDriver returns an element reference.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Opens a session of headless Chromium at `binary`.
    static func start(endpoint: String, binary: String) async throws -> WebDriverClient {
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": binary,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1400,1800", "--lang=en-US", "--no-first-run"],
            ],
        ]]]
        let reply = try await call(endpoint + "/session", method: "POST", body: capabilities)
        guard let value = reply as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure(description: "no session id in \(String(describing: reply))")
        }
        return WebDriverClient(endpoint: endpoint, sessionID: id)
    }

    func navigate(_ url: String) async throws {
        _ = try await command("url", body: ["url": url])
    }

    /// The result of `script` run in the page (`return ...;`).
    func execute(_ script: String, _ args: [Any] = []) async throws -> Any? {
        try await command("execute/sync", body: ["script": script, "args": args])
    }

    /// The first element matching `css`.
    func element(_ css: String) async throws -> String {
        let value = try await command("element", body: ["using": "css selector", "value": css])
        guard let object = value as? [String: Any], let id = object[Self.elementKey] as? String else {
            throw Failure(description: "no element for \(css): \(String(describing: value))")
        }
        return id
    }

    func click(_ css: String) async throws {
        let id = try await element(css)
        _ = try await command("element/\(id)/click", body: [:])
    }

    /// Types `text` into the element matching `css`.
    func type(_ css: String, _ text: String) async throws {
        let id = try await element(css)
        _ = try await command("element/\(id)/value", body: ["text": text])
    }

    /// Presses and releases one key, as a person typing on the page.
    func press(_ key: String) async throws {
        _ = try await command("actions", body: ["actions": [[
            "type": "key", "id": "keyboard",
            "actions": [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]],
        ]]])
    }

    /// The page as a PNG.
    func screenshot() async throws -> Data {
        guard let base64 = try await command("screenshot", method: "GET") as? String, let data = Data(base64Encoded: base64) else {
            throw Failure(description: "the screenshot is not base64")
        }
        return data
    }

    func quit() async {
        _ = try? await Self.call(endpoint + "/session/\(sessionID)", method: "DELETE", body: nil)
    }

    /// Runs `script` until it returns true, up to `attempts` times a tenth of a second apart.
    func waitUntil(_ script: String, attempts: Int = 100) async throws {
        for _ in 0..<attempts {
            if try await execute(script) as? Bool == true { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw Failure(description: "the page never satisfied: \(script)")
    }

    private func command(_ path: String, method: String = "POST", body: [String: Any]? = nil) async throws -> Any? {
        try await Self.call(endpoint + "/session/\(sessionID)/" + path, method: method, body: method == "GET" ? nil : body)
    }

    /// One WebDriver command: the `value` of the answer, or the driver's error as a Failure.
    static func call(_ url: String, method: String, body: [String: Any]?) async throws -> Any? {
        guard let components = URLComponents(string: url), let port = components.port else {
            throw Failure(description: "not a loopback WebDriver address: \(url)")
        }
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let reply = try await TinyHTTPClient.send(port: port, method: method, path: components.path, body: payload)
        let object = try JSONSerialization.jsonObject(with: reply.body, options: [.fragmentsAllowed]) as? [String: Any]
        let value = object?["value"]
        if reply.status != 200 {
            let error = (value as? [String: Any]).map { "\($0["error"] ?? ""): \($0["message"] ?? "")" } ?? "HTTP \(reply.status)"
            throw Failure(description: "\(method) \(url): \(error)")
        }
        return value is NSNull ? nil : value
    }
}
