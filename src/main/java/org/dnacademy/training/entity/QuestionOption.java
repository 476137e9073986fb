package org.dnacademy.training.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.training.content.OptionContent;

/** One answer option. Whether it is correct never leaves the server before an attempt is submitted. */
@Entity
@Cacheable
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    @Column(name = "option_key", nullable = false, updatable = false, length = 16)
    private String optionKey;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 2000)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean correct;

    @Column(updatable = false, length = 4000)
    private String feedback;

    /** Keeps its place when options are shuffled. */
    @Column(nullable = false, updatable = false)
    private boolean fixed;

    protected QuestionOption() {
    }

    QuestionOption(Question question, OptionContent content, int position) {
        this.question = question;
        this.optionKey = content.id();
        this.position = position;
        this.text = content.text();
        this.correct = content.correct();
        this.feedback = content.feedback();
        this.fixed = content.fixed();
    }

    public Long getId() {
        return id;
    }

    public String getOptionKey() {
        return optionKey;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getFeedback() {
        return feedback;
    }

    public boolean isFixed() {
        return fixed;
    }
}
