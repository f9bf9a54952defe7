package org.lcmhub.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoRoomTest {
    @Test
    void onlyOneHttpsAddressWithoutControlCharactersIsAMeetingLink() {
        assertThat(VideoRoom.problem("https://meet.google.com/abc-defg-hij")).isNull();
        assertThat(VideoRoom.problem("https://us02web.zoom.us/j/123?pwd=x")).isNull();

        assertThat(VideoRoom.problem("http://meet.example.org/x")).isEqualTo("not-https");
        assertThat(VideoRoom.problem("javascript:alert(1)")).isEqualTo("not-https");
        assertThat(VideoRoom.problem("https:///nohost")).isEqualTo("not-https");
        assertThat(VideoRoom.problem("https://user@meet.example.org/x")).isEqualTo("not-https");
        assertThat(VideoRoom.problem("Room 4")).isEqualTo("control-character");
        assertThat(VideoRoom.problem("https://meet.example.org/x\r\nATTENDEE:mailto:x@evil.example"))
                .isEqualTo("control-character");
        assertThat(VideoRoom.problem("https://meet.example.org/x\u2028DESCRIPTION:forged")).isEqualTo("control-character");
        assertThat(VideoRoom.problem("https://meet.example.org/x\u202Egnp.exe")).isEqualTo("control-character");
        assertThat(VideoRoom.problem("https://meet.example.org/" + "a".repeat(300))).isEqualTo("too-long");
    }

    @Test
    void theGeneratedRoomIsStablePerSeriesAndTheMentorsOwnLinkWins() {
        assertThat(VideoRoom.link(null, "uid-1")).isEqualTo(VideoRoom.link(null, "uid-1"))
                .isNotEqualTo(VideoRoom.link(null, "uid-2")).startsWith("https://meet.jit.si/LcmHub-");
        assertThat(VideoRoom.link("https://zoom.example.org/j/1", "uid-1")).isEqualTo("https://zoom.example.org/j/1");
    }
}
