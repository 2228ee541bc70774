package org.planflow.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.planflow.ApiClient;

/**
 * An API client on another machine, as far as PlanFlow can tell: its connections come from its own
 * loopback address (127.0.0.2, 127.0.0.3, …: all of 127.0.0.0/8 is this machine). Speaks HTTP/1.0, so
 * the answer ends with the connection.
 */
final class ClientAt {

    private final String address;
    private final int port;

    ClientAt(String address, int port) {
        this.address = address;
        this.port = port;
    }

    /** A GET with HTTP Basic and extra headers as name, value, name, value… */
    ApiClient.Response get(String path, String username, String password, String... headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n")
                .append("Authorization: Basic ")
                .append(Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiClient.Response parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] head = response.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        String contentType = "";
        String location = "";
        for (String header : head) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = header.substring("content-type:".length()).strip();
            } else if (lower.startsWith("location:")) {
                location = header.substring("location:".length()).strip();
            }
        }
        return new ApiClient.Response(status, response.substring(end + 4), contentType, location);
    }
}
