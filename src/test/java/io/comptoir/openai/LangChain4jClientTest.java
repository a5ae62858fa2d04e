package io.comptoir.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.comptoir.http.ServerSettings;
import io.comptoir.http.TestServer;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.RealBots;
import io.comptoir.store.ConversationFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** LangChain4j's OpenAI client (a real Java client) against a real server: plain, streamed, regenerate, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LangChain4jClientTest {
    static final String KEY = "sk-l4j";
    TestServer s = new TestServer(new BotRegistry(RealBots.examples()),
            new ServerSettings(TestServer.INTERNAL_KEY, KEY, 0, "sk-l4j-team"));

    @AfterAll
    void stop() { s.close(); }

    OpenAiChatModel model(String name, String key) {
        return OpenAiChatModel.builder().baseUrl(s.url() + "/v1").apiKey(key).modelName(name).maxRetries(0).build();
    }

    @Test
    void plain_turns_continue_the_conversation_and_a_regenerate_without_chat_id_gives_the_same_reply() {
        OpenAiChatModel bot = model("comptoir-agence-web", KEY);
        List<ChatMessage> history = new ArrayList<>(List.of(SystemMessage.from("Sois bref."),
                UserMessage.from("Je veux un site vitrine pour mon cabinet d'architecte")));
        String first = bot.chat(history).aiMessage().text();
        history.add(AiMessage.from(first));
        history.add(UserMessage.from("environ 6000 euros"));
        ChatResponse second = bot.chat(history);
        int lines = s.service.store().list(ConversationFilter.all()).stream().mapToInt(r -> r.turnCount()).sum();
        ChatResponse again = bot.chat(history);

        assertThat(first).contains("Quel budget");
        assertThat(second.aiMessage().text()).contains("6 000 €");
        assertThat(again.aiMessage().text()).isEqualTo(second.aiMessage().text());
        assertThat(second.tokenUsage().totalTokenCount()).isPositive();
        assertThat(s.service.store().list(ConversationFilter.all()).stream().mapToInt(r -> r.turnCount()).sum())
                .isEqualTo(lines);
    }

    @Test
    void a_streamed_turn_arrives_in_pieces_that_make_the_whole_reply() throws Exception {
        OpenAiStreamingChatModel bot = OpenAiStreamingChatModel.builder().baseUrl(s.url() + "/v1").apiKey(KEY)
                .modelName("comptoir-agence-web").build();
        StringBuilder pieces = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        bot.chat(List.of(UserMessage.from("Une boutique en ligne pour mes céramiques")), new StreamingChatResponseHandler() {
            @Override public void onPartialResponse(String partial) { pieces.append(partial); }
            @Override public void onCompleteResponse(ChatResponse response) { done.complete(response); }
            @Override public void onError(Throwable error) { done.completeExceptionally(error); }
        });
        ChatResponse r = done.get(60, TimeUnit.SECONDS);
        assertThat(r.aiMessage().text()).isEqualTo(pieces.toString()).containsIgnoringCase("boutique en ligne");
    }

    @Test
    void errors_reach_the_client_as_openai_errors() {
        assertThatThrownBy(() -> model("comptoir-agence-web", "sk-wrong").chat("Bonjour"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("Incorrect API key");
        assertThatThrownBy(() -> model("gpt-4o", KEY).chat("Bonjour"))
                .isInstanceOf(ModelNotFoundException.class).hasMessageContaining("gpt-4o");
        assertThatThrownBy(() -> model("comptoir-agence-web-interne", KEY).chat("Bonjour"))
                .isInstanceOf(LangChain4jException.class).hasMessageContaining("for the team");
        assertThat(model("comptoir-agence-web-interne", "sk-l4j-team").chat("Bonjour")).contains("<details>");
    }
}
