import { describe, expect, it } from "vitest";
import { htmlToText, replyIntent, stripQuotedReply } from "@/lib/inbound/reply-text";

describe("stripQuotedReply", () => {
  it.each([
    ["Accept\n\nOn Mon, 2 Mar 2015 at 09:00, Servio <no-reply@servio.local> wrote:\n> Service #1042", "Accept"],
    ["Accept\nOn Mon, 2 Mar 2015 at 09:00, Servio <no-reply@servio.local>\nwrote:\n> Service", "Accept"],
    ["Kabul.\n\n2 Mar 2015 Pzt, 09:00 tarihinde Servio <no-reply@servio.local> şunu yazdı:\n> Servis", "Kabul."],
    ["Accept\n\nÎn lun., 2 mar. 2015 la 09:00, Servio <no-reply@servio.local> a scris:\n> Intervenția", "Accept"],
    ["Line one\r\nLine two\r\n> quoted\r\nnot reached", "Line one\nLine two"],
    ["Reject\n\n-----Original Message-----\nFrom: Servio", "Reject"],
    ["Thanks\n-- \nAli Veli\nTechnician", "Thanks"],
    ["No quote at all", "No quote at all"],
  ])("%j → %j", (input, expected) => {
    expect(stripQuotedReply(input)).toBe(expected);
  });
});

describe("replyIntent", () => {
  it.each([
    ["Accept", "accepted"],
    ["accepted, see you Monday", "accepted"],
    ["I accept", "accepted"],
    ["KABUL", "accepted"],
    ["Kabul ediyorum", "accepted"],
    ["Accepta", "accepted"],
    ["Accept.", "accepted"],
    ["Reject", "rejected"],
    ["Ret", "rejected"],
    ["RED - izindeyim", "rejected"],
    ["Reddediyorum", "rejected"],
    ["Respinge", "rejected"],
    ["Resping, sunt în concediu", "rejected"],
    ["Not accepted", null],
    ["Which entrance? I accept later", null],
    ["", null],
  ] as const)("%j → %s", (input, expected) => {
    expect(replyIntent(input)).toBe(expected);
  });
});

describe("htmlToText", () => {
  it("keeps the reply and drops quoted blocks", () => {
    const html = '<div dir="ltr">Accept<br>See you</div><div class="gmail_quote">On Mon … wrote:<blockquote>old</blockquote></div>';
    expect(htmlToText(html)).toBe("Accept\nSee you");
  });
});
