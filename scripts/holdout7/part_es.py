from common import *  # part es: written blind

# ---------------------------------------------------------------- requests
add("es-01-fotos-matricula", "Inmaculada Barrios Fuentes <inma.barrios@correo-sur.example>",
    "Fotos de mi matrícula",
    """Buenos días:

Uso a diario el aparcamiento de la estación de Santa Justa y he visto que hay cámaras que leen las matrículas. Quiero una copia de todos los datos e imágenes que tengan de mí y de mi coche (matrícula 4821 KLM).

Gracias,
Inmaculada Barrios Fuentes
""", R(["Access"], "inma.barrios@correo-sur.example", "Inmaculada", "Barrios Fuentes"))

add("es-02-donante-borrar", "Joaquín Echeverría <joaquin.echeverria88@mailbox.example>",
    "baja",
    """hola done una vez en la campaña de navidad y desde entonces no paran de llegarme cartas y correos porfavor borren todos mis datos no quiero saber nada mas gracias""",
    R(["Erasure"], "joaquin.echeverria88@mailbox.example", "Joaquín", "Echeverría"))

add("es-03-mayusculas-llamadas", "ROSARIO PEDRAZA <rosario.pedraza@telecorreo.example>",
    "NO ME LLAMEN MAS",
    """LLEVAN TRES SEMANAS LLAMANDOME A LA HORA DE COMER PARA QUE HAGA UNA DONACION MENSUAL. YA LES DIJE QUE NO POR TELEFONO. NO QUIERO QUE ME VUELVAN A LLAMAR NI QUE USEN MI NUMERO PARA NADA MAS.

ROSARIO PEDRAZA
""", R(["Opposition"], "rosario.pedraza@telecorreo.example", "Rosario", "Pedraza"))

add("es-04-formal-15-20", "Álvaro de la Serna Goicoechea <alvaro.delaserna@despacho-ds.example>",
    "Ejercicio de derechos de acceso y portabilidad (arts. 15 y 20 RGPD)",
    """Muy señores míos:

D. Álvaro de la Serna Goicoechea, con DNI 12345678-Z y domicilio en calle Gran Vía 41, 4º izda., 48011 Bilbao, titular del dispositivo de telepeaje n.º 0088-4410-27, por medio del presente escrito ejerzo:

1) El derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679, solicitando copia de todos mis datos personales objeto de tratamiento, los fines, los destinatarios y el plazo de conservación.

2) El derecho a la portabilidad del artículo 20 del citado Reglamento, solicitando que se me entregue el histórico completo de tránsitos por autopista asociados a dicho dispositivo (fecha, hora, plaza de peaje e importe) en un formato estructurado, de uso común y lectura mecánica.

Quedo a la espera de su respuesta en el plazo legal de un mes.

Atentamente,

Álvaro de la Serna Goicoechea
""", R(["Access", "Portability"], "alvaro.delaserna@despacho-ds.example", "Álvaro", "de la Serna Goicoechea"))

add("es-05-cambio-domicilio-mx", "Guadalupe Ramírez Olvera <lupita.ramirez@correo-mx.example>",
    "Actualizar mi domicilio",
    """Hola buenas tardes,

Soy madrina de un niño en Oaxaca con ustedes desde 2021. Me cambié de casa y las cartas de mi ahijado siguen llegando a la dirección anterior. Mi nuevo domicilio es:

Calle Xicoténcatl 118, int. 3
Col. Del Carmen, Coyoacán
04100 Ciudad de México

También cambió mi celular: 55 5555 0184. Gracias por corregirlo.

Saludos
Guadalupe Ramírez Olvera
""", R(["Rectification"], "lupita.ramirez@correo-mx.example", "Guadalupe", "Ramírez Olvera"))

add("es-06-abogado-multa", "Bufete Villalonga Abogados <mvillalonga@villalonga-abogados.example>",
    "Solicitud de acceso en nombre de mi cliente D. Ernesto Quiroga Landa",
    """Estimados señores:

Me dirijo a ustedes en calidad de letrado de D. Ernesto Quiroga Landa, conforme al poder que se adjunta, en relación con la denuncia por estacionamiento n.º AP-2026-77120 emitida en su aparcamiento de la calle Colón de Valencia.

En nombre de mi representado, ejerzo el derecho de acceso del artículo 15 RGPD y solicito copia de las imágenes captadas por el sistema de lectura de matrículas, con sus marcas de tiempo, así como de cualquier otro dato personal de mi cliente que obre en su poder.

Atentamente,

Miguel Villalonga Ferrer
Abogado - Colegiado ICAV 9.312
Villalonga Abogados
Pl. del Ayuntamiento 7, 46002 Valencia

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional.
""", R(["Access"], "mvillalonga@villalonga-abogados.example", "Ernesto", "Quiroga Landa", representative="Miguel Villalonga Ferrer"))

add("es-07-madre-voluntario", "Marisol Etxeberria Uriarte <marisol.etxeberria@euskomail.example>",
    "Fotos de mi hijo menor en vuestra web",
    """Hola,

mi hijo Iker Arrieta Etxeberria, de 15 años, participó este verano como voluntario en el campamento solidario de Donostia. Ahora aparece en varias fotos en vuestra página web y en Instagram con su nombre. Nadie nos pidió permiso a los padres. Como madre, os pido que borréis esas fotos y cualquier dato suyo que tengáis.

Un saludo,
Marisol Etxeberria
""", R(["Erasure"], "marisol.etxeberria@euskomail.example", "Iker", "Arrieta Etxeberria", representative="Marisol Etxeberria Uriarte"))

add("es-08-hija-padre-fallecido", "Pilar Montoya Cuesta <pilar.montoya@hogarmail.example>",
    "Fallecimiento de socio",
    """Buenos días,

Les escribo porque mi padre, Francisco Montoya Ruiz, socio de su ONG desde hace más de veinte años, falleció el pasado mes de septiembre. Siguen llegando a su nombre cartas y el recibo mensual, lo cual resulta muy doloroso para mi madre.

Como heredera, les pido que den de baja a mi padre y eliminen sus datos de sus ficheros. Puedo enviarles el certificado de defunción si lo necesitan.

Un saludo,
Pilar Montoya Cuesta
""", R(["Erasure"], "pilar.montoya@hogarmail.example", "Francisco", "Montoya Ruiz", representative="Pilar Montoya Cuesta"))

add("es-09-tag-bloqueado", "Sergio Llorente Bravo <sergio.llorente@autonomos.example>",
    "Bloqueo automático de mi dispositivo de telepeaje",
    """Hola,

Soy transportista autónomo. El sistema me ha bloqueado el dispositivo de telepeaje y me ha aplicado un recargo porque, según el mensaje automático, "el análisis de riesgo de impago ha superado el umbral". Nunca he devuelto un recibo.

No acepto que una máquina decida esto sin que nadie lo mire. Solicito que una persona revise la decisión y que me expliquen qué criterios se han usado.

Sergio Llorente Bravo
Tel. 655 555 219
""", R(["AutomatedDecision"], "sergio.llorente@autonomos.example", "Sergio", "Llorente Bravo"))

add("es-10-limitacion-multa", "Nuria Casademunt i Puig <nuria.casademunt@correu.example>",
    "Limitación del tratamiento mientras se resuelve mi reclamación",
    """Benvolguts / Estimados:

He presentado una reclamación contra la sanción del parking de Sants (expediente 26/04417) porque la matrícula leída por la cámara no es la mía. Mientras no se resuelva, solicito que limiten el tratamiento de mis datos: que los conserven, pero que no los usen ni los cedan a ninguna empresa de recobro.

Gràcies,
Núria Casademunt i Puig
""", R(["Restriction"], "nuria.casademunt@correu.example", "Núria", "Casademunt i Puig"))

add("es-11-transferencias-apadrinamiento", "Fernando Ugarte Salas <fernando.ugarte@correo-lima.example>",
    "Consulta sobre mis datos como padrino",
    """Estimados,

Apadrino a una niña en Guatemala a través de ustedes. Quisiera saber a qué países envían mis datos personales (nombre, dirección, cuenta bancaria), si la organización local de Guatemala tiene acceso a ellos y cuánto tiempo los guardan después de terminar el apadrinamiento.

Muchas gracias,
Fernando Ugarte Salas
Lima, Perú
""", R(["Information"], "fernando.ugarte@correo-lima.example", "Fernando", "Ugarte Salas"))

add("es-12-latin1-perfiles", "Remedios Alcántara Vidal <remedios.alcantara@telefonica-mail.example>",
    "Oposición a la elaboración de perfiles",
    """Señores:

En su última carta mencionan que "segmentan a sus donantes según su capacidad de donación". Me opongo a que elaboren perfiles con mis datos para decidir cuánto pedirme. Pueden seguir cobrándome la cuota de socia como hasta ahora.

Remedios Alcántara Vidal
Córdoba
""", R(["Opposition"], "remedios.alcantara@telefonica-mail.example", "Remedios", "Alcántara Vidal"),
    ct=LATIN1, encode="latin-1")

add("es-13-larga-enfadada", "Baltasar Iglesias Moreno <baltasar.iglesias@retiro-mail.example>",
    "Reclamación – esto es una vergüenza",
    """Señores de la autopista:

Les escribo muy enfadado. El 12 de octubre volvía de Zaragoza con mi mujer y al pasar el peaje de Alfajarín la barrera no se levantó aunque llevo el dispositivo en el parabrisas desde hace ocho años. Tuve que pagar en efectivo 14,60 €, con una cola de camiones detrás pitando. Y tres semanas después me llega un cargo en la cuenta por el mismo tránsito, o sea, que he pagado dos veces.

Llamé al teléfono de atención al cliente, que por cierto cuesta dinero, y me dijeron que en su sistema figuro como "Baltasar Iglesias Romero", que el dispositivo está asociado a otra cuenta bancaria antigua y que por eso hubo un error. ¡Mi segundo apellido es MORENO, no Romero! Corrijan eso de una vez. Y además quiero que me manden todo lo que tengan guardado sobre mí, porque ya no me fío de lo que tienen en sus ordenadores.

Y devuélvanme los 14,60 €.

Baltasar Iglesias Moreno
Jubilado, cliente desde 2009
""", R(["Rectification", "Access"], "baltasar.iglesias@retiro-mail.example", "Baltasar", "Iglesias Moreno"),
    ct=CP1252, encode="cp1252")

add("es-14-html-baja-boletin", "Carolina Benítez <carolina.benitez@estudio-cb.example>",
    "Darme de baja y borrar mis datos",
    html("Hola:",
         "Me suscribí a vuestro boletín en una feria hace años. Ya no quiero recibirlo: por favor, quitadme de todas vuestras listas de envío.",
         "Además, quiero que borréis mi correo y mis datos de vuestra base de datos.",
         "Gracias,<br>Carolina Benítez<br><i>Estudio CB – Diseño gráfico</i>"),
    R(["Opposition", "Erasure"], "carolina.benitez@estudio-cb.example", "Carolina", "Benítez"), ct=HTML)

add("es-15-factura-peaje", "pacoruizg@correo-rapido.example",
    "factura",
    """necesito la factura de los peajes de octubre a nombre de mi empresa para hacienda como la consigo?? el cif es B-12345674 gracias paco""",
    R(["Unknown"], "pacoruizg@correo-rapido.example", "Paco", None))

add("es-16-familia-replyto", "Familia Gutiérrez Arana <gutierrezarana.casa@hogarmail.example>",
    "Solicitud de supresión",
    """Buenas tardes,

Hace tiempo me registré en la app de aparcamiento regulado con este correo familiar. Ya no la uso. Les pido que eliminen mi cuenta y todos mis datos, incluidas las matrículas y la tarjeta guardada.

Diego Gutiérrez Arana
""", R(["Erasure"], "diego.gutierrez.arana@correo-personal.example", "Diego", "Gutiérrez Arana"),
    headers=["Reply-To: Diego Gutierrez <diego.gutierrez.arana@correo-personal.example>"])

add("es-17-spanglish", "Yesenia Colón Rivera <yesenia.colon@islamail.example>",
    "Data request - mis datos",
    """Hi, buenas,

I'm writing from San Juan. Estuve de viaje en España en agosto y rented a car, y ahora me llega una multa de parking de ustedes con una foto. I want to know what personal data you have about me y de dónde sacaron mi dirección de Puerto Rico. Please send me a copy of everything.

Thanks / gracias
Yesenia Colón Rivera
""", R(["Access"], "yesenia.colon@islamail.example", "Yesenia", "Colón Rivera"))

add("es-18-iphone-borrar", "Martín Sosa <martin.sosa.uy@correo-uy.example>",
    "Borrar cuenta",
    """Por favor borren mi cuenta de voluntario y mis datos. Gracias

Enviado desde mi iPhone""", R(["Erasure"], "martin.sosa.uy@correo-uy.example", "Martín", "Sosa"))

add("es-19-legado-datos", "Consuelo Aranda Villaverde <consuelo.aranda@correo-mayores.example>",
    "Mis datos cuando yo falte",
    """Estimados amigos:

He dejado en mi testamento un legado para los niños de sus proyectos en Bolivia. Tengo 79 años y me gustaría dejar por escrito qué debe pasar con mis datos personales cuando yo fallezca: deseo que, una vez tramitado el legado, se borre todo, y que no se publique mi nombre en ninguna memoria ni lista de benefactores. Mi sobrina Elena Aranda será la persona de contacto.

¿Pueden confirmarme que lo tendrán en cuenta?

Un abrazo,
Consuelo Aranda Villaverde
""", R(["AdvanceDirectives"], "consuelo.aranda@correo-mayores.example", "Consuelo", "Aranda Villaverde"))

add("es-20-argentina-camaras", "Lautaro Giménez <lauta.gimenez@correo-ar.example>",
    "Consulta cámaras estacionamiento",
    """Hola, qué tal. Estoy usando su estacionamiento en el aeropuerto de Ezeiza y vi que las cámaras leen la patente. Quería saber cuánto tiempo guardan esas imágenes, si las comparten con la policía o con alguien más, y si las usan para otra cosa aparte de cobrar. No necesito copia, solo saber.

Saludos
Lautaro Giménez
""", R(["Information"], "lauta.gimenez@correo-ar.example", "Lautaro", "Giménez"))

add("es-21-portabilidad-telepeaje", "Irene Salvatierra Mollá <irene.salvatierra@correo-vlc.example>",
    "Portabilidad de datos - cambio de proveedor de telepeaje",
    """Hola:

Voy a cambiar de proveedor de telepeaje. Les solicito, en virtud del derecho a la portabilidad, que envíen mis datos de cliente y el histórico de tránsitos de 2026 en formato CSV directamente a mi nuevo proveedor (portabilidad@nuevopeaje.example), indicando la referencia de cliente NP-330981.

Un saludo,
Irene Salvatierra Mollá
""", R(["Portability"], "irene.salvatierra@correo-vlc.example", "Irene", "Salvatierra Mollá"))

add("es-22-reenvio-companera", "Lucía Ferrándiz <lucia.ferrandiz@acme-corp.example>",
    "RV: Consulta de un cliente",
    """Hola equipo de privacidad:

Os reenvío este correo que ha llegado a atención al cliente. Creo que es un derecho de acceso, os lo paso.

Saludos,
Lucía Ferrándiz
Atención al Cliente – Aparcamientos

-----Mensaje original-----
De: Abdelkader Benali <a.benali@correo-bcn.example>
Enviado el: domingo, 15 de noviembre de 2026 21:05
Para: clientes@acme-corp.example
Asunto: Consulta de un cliente

Buenas noches, tengo el abono mensual del aparcamiento de Sant Antoni. Quiero saber qué datos míos tienen guardados y me gustaría recibir una copia, incluidas las entradas y salidas registradas.
Abdelkader Benali
""", R(["Access"], "a.benali@correo-bcn.example", "Abdelkader", "Benali"))

add("es-23-reenvio-adjunto", "Raúl Domínguez Peña <raul.dominguez@acme-corp.example>",
    "RV: No más cartas",
    None, R(["Opposition"], "amparo.lledo@correo-alicante.example", "Amparo", "Lledó"),
    attached=("Amparo Lledó <amparo.lledo@correo-alicante.example>", "No más cartas",
              """Hola,

Soy socia y pago mi cuota con gusto, pero no quiero recibir más cartas pidiéndome donaciones extra ni el calendario de Navidad. Por favor, dejen de enviarme publicidad.

Amparo Lledó
Alicante
"""),
    note="""Os paso este mensaje de una socia que llegó al buzón de socios. Es una oposición a publicidad, ¿lo gestionáis vosotros?
Raúl""")

add("es-24-chile-nombre", "Catalina Vergara Sepúlveda <cata.vergara@correo-cl.example>",
    "Mi nombre esta mal escrito",
    """Hola, en el certificado de donacion me pusieron "Catalina Bergara Sepulveda". Es con V: Vergara. Porfa corrijanlo en su sistema porque lo necesito para el SII.

Saludos desde Santiago
Cata""", R(["Rectification"], "cata.vergara@correo-cl.example", "Catalina", "Vergara Sepúlveda"))

# ---------------------------------------------------------------- tasks
add("es-25-contrato-gruas", "Andrés Montalbán <andres.montalban@acme-corp.example>",
    "Revisión contrato encargado de tratamiento - empresa de grúas",
    """Hola,

Vamos a firmar con Grúas Levante S.L. para la retirada de vehículos en los aparcamientos de Alicante y Elche. Tendrán acceso a matrículas, fotos y datos de titulares. ¿Podéis revisar el contrato de encargado del tratamiento (art. 28) antes del día 30? Está en la carpeta compartida de Compras.

Gracias,
Andrés Montalbán
Operaciones Aparcamientos
""", TASK("andres.montalban@acme-corp.example", "Andrés", "Montalbán"))

add("es-26-eipd-camaras", "Beatriz Olmedo Zurita <beatriz.olmedo@acme-corp.example>",
    "EIPD para el nuevo sistema de cámaras en la AP-7",
    """Buenos días,

El proyecto de peaje sin barreras (free flow) en el tramo de la AP-7 necesita una evaluación de impacto en protección de datos antes de la licitación. ¿Quién de vuestro equipo puede encargarse? Os mando el documento funcional.

Saludos,
Beatriz Olmedo Zurita
PMO Infraestructuras
""", TASK("beatriz.olmedo@acme-corp.example", "Beatriz", "Olmedo Zurita"))

add("es-27-registro-captacion", "Óscar Valdivia <oscar.valdivia@acme-corp.example>",
    "Actualizar registro de actividades - captación en calle",
    """Hola,

A partir de enero vamos a externalizar la captación de socios en la calle a una agencia nueva (Face2Face Solidario). Hay que actualizar el registro de actividades de tratamiento y ver si hace falta cambiar la cláusula informativa de la tablet. ¿Os encargáis?

Óscar
Captación de Fondos
""", TASK("oscar.valdivia@acme-corp.example", "Óscar", "Valdivia"))

add("es-28-cuestionario-proveedor", "Mercedes Lozano Prieto <mercedes.lozano@acme-corp.example>",
    "Cuestionario de protección de datos de un patrocinador",
    """Hola,

Una empresa patrocinadora nos pide que rellenemos su cuestionario de protección de datos antes de firmar el convenio de voluntariado corporativo. Tiene 40 preguntas, muchas sobre medidas de seguridad y transferencias. ¿Podéis rellenarlo antes del viernes?

Un saludo,
Mercedes Lozano Prieto
Alianzas Corporativas
""", TASK("mercedes.lozano@acme-corp.example", "Mercedes", "Lozano Prieto"))

# ---------------------------------------------------------------- incidents
add("es-29-movil-robado", "Jonatan Cabrera Déniz <jonatan.cabrera@acme-corp.example>",
    "Me han robado el móvil de empresa",
    """Hola,

Esta tarde me han robado el móvil de empresa en el metro de Madrid. Tenía instalada la app de coordinación de voluntarios con los datos de unos 300 voluntarios (nombre, teléfono, DNI) y el correo corporativo abierto. El móvil tenía PIN de 4 cifras. Ya he avisado a IT para bloquearlo.

Jonatan Cabrera Déniz
Coordinador de Voluntariado Madrid
""", INC("jonatan.cabrera@acme-corp.example", "Jonatan", "Cabrera Déniz"))

add("es-30-cc-visible", "Elvira Santamaría <elvira.santamaria@acme-corp.example>",
    "Error: correo a donantes con direcciones visibles",
    """Hola equipo de privacidad:

Esta mañana he enviado la invitación a la cena benéfica a 180 grandes donantes poniendo todas las direcciones en CC en lugar de CCO. Ya han respondido dos donantes quejándose. ¿Qué hago ahora? ¿Hay que notificar?

Elvira Santamaría
Relación con Donantes
""", INC("elvira.santamaria@acme-corp.example", "Elvira", "Santamaría"))

add("es-31-multa-ajena", "Rodrigo Almagro Sáez <rodrigo.almagro@correo-murcia.example>",
    "Me ha llegado la multa de otra persona",
    """Buenas,

Hoy me ha llegado a casa una carta suya con una denuncia de aparcamiento, pero no es mía: va a nombre de otra persona (una tal Remedios Cano), con su DNI, su dirección en Cartagena y la foto de su coche con la matrícula. La dirección del sobre era la mía. Se lo comunico porque me parece grave que anden enviando datos de la gente a quien no toca.

Rodrigo Almagro Sáez
""", INC("rodrigo.almagro@correo-murcia.example", "Rodrigo", "Almagro Sáez"))

add("es-32-certificado-ajeno", "Valentina Restrepo Ossa <valen.restrepo@correo-co.example>",
    "Problema en el portal de donantes",
    """Hola, al descargar mi certificado de donaciones desde el área de socios me descargó el certificado de otra persona, con su nombre completo, NIF, dirección y el total donado. Lo he intentado tres veces y me sale cada vez uno distinto. Creo que deberían revisarlo urgente.

Valentina Restrepo Ossa
""", INC("valen.restrepo@correo-co.example", "Valentina", "Restrepo Ossa"))

# ---------------------------------------------------------------- follow-ups
add("es-33-dsr-dni", "Ainhoa Larrañaga Zubiri <ainhoa.larranaga@euskomail.example>",
    "RE: [DSR-51203] Acuse de recibo de su solicitud",
    """Hola,

Adjunto copia de mi DNI como me pedían.

Saludos,
Ainhoa

-----Mensaje original-----
De: privacy@acme-corp.example
Asunto: [DSR-51203] Acuse de recibo de su solicitud
Hemos recibido su solicitud. Para verificar su identidad, le rogamos nos envíe un documento identificativo.
""", FU("51203", "ainhoa.larranaga@euskomail.example", "Ainhoa", "Larrañaga Zubiri"))

add("es-34-dsr-plazo", "Tomás Ybarra <tomas.ybarra@correo-sev.example>",
    "RV: [DSR-50077] Su solicitud de supresión",
    """Ha pasado más de un mes desde que me confirmaron la recepción de mi solicitud y sigo recibiendo sus correos. ¿Cuándo van a borrar mis datos? Si no tengo respuesta esta semana acudiré a la AEPD.

Tomás Ybarra
""", FU("50077", "tomas.ybarra@correo-sev.example", "Tomás", "Ybarra"))

add("es-35-irt-telepeaje", "Sergio Llorente Bravo <sergio.llorente@autonomos.example>",
    "Re: Bloqueo automático de mi dispositivo de telepeaje",
    """Les adjunto los extractos bancarios de los últimos 12 meses que demuestran que no he tenido ningún impago. Sigo sin poder usar el dispositivo, espero que alguien lo revise pronto.

Sergio Llorente
""", FU(ref("es-09-tag-bloqueado"), "sergio.llorente@autonomos.example", "Sergio", "Llorente Bravo"),
    headers=irt("es-09-tag-bloqueado"))

# ---------------------------------------------------------------- ignored
add("es-36-herencia-spam", "Sra. Gloria Mbeki <gloria.mbeki.fundacion@correo-global.example>",
    "Donación de 2.500.000 USD para su organización benéfica",
    """Querido amado en Cristo:

Soy la Sra. Gloria Mbeki, viuda del difunto ingeniero Thomas Mbeki. Padezco un cáncer terminal y he decidido donar la suma de 2.500.000 USD a una organización benéfica. He elegido la suya. Para proceder con la transferencia necesito los datos bancarios de su organización, copia del pasaporte del representante y el pago de 850 USD en gastos de certificación.

Que Dios les bendiga,
Sra. Gloria Mbeki
""", IGN("spam", "gloria.mbeki.fundacion@correo-global.example"), headers=SPAM_HDR)

add("es-37-phishing-banco", "Banco Seguro Online <alertas@bancoseguro-verificacion.example>",
    "Aviso: su cuenta será suspendida",
    """Estimado cliente,

Hemos detectado actividad inusual en su cuenta empresarial. Para evitar la suspensión y la eliminación de sus datos, verifique su identidad en las próximas 12 horas:

https://bancoseguro-verificacion.example/acceso

Departamento de Seguridad
""", IGN("spam", "alertas@bancoseguro-verificacion.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="bancoseguro-verificacion.example")])

add("es-38-oferta-borrado", "Marta | Reputación Digital Pro <marta@reputaciondigitalpro.example>",
    "¿Quiere eliminar comentarios negativos y datos de Google?",
    """Hola,

Somos especialistas en derecho al olvido y eliminación de datos personales de internet. Ayudamos a empresas de aparcamiento y ONG a borrar reseñas negativas y mejorar su posicionamiento SEO en Google.

Primera consulta gratuita. ¿Le llamo mañana?

Marta Giralt
Reputación Digital Pro
Si no desea recibir más correos, responda BAJA.
""", IGN("spam", "marta@reputaciondigitalpro.example"))

add("es-39-fuera-oficina", "Jesús Arévalo <jesus.arevalo@ayto-ejemplo.example>",
    "Respuesta automática: Fuera de la oficina",
    """Estaré fuera de la oficina hasta el 30 de noviembre con acceso limitado al correo. Para asuntos urgentes, contacte con registro@ayto-ejemplo.example.

Jesús Arévalo
""", IGN("auto_reply", "jesus.arevalo@ayto-ejemplo.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-40-boletin-tercer-sector", "Plataforma del Voluntariado <boletin@plataforma-voluntariado.example>",
    "Boletín noviembre: novedades legales para ONG",
    """BOLETÍN DEL TERCER SECTOR – NOVIEMBRE 2026

- Nueva guía de protección de datos para entidades de voluntariado
- Ayudas y subvenciones abiertas
- Jornada sobre captación de fondos, 3 de diciembre

Lee el boletín completo en nuestra web.

Recibes este correo porque tu entidad está suscrita. Darse de baja: https://plataforma-voluntariado.example/baja
""", IGN("bulk", "boletin@plataforma-voluntariado.example"),
    headers=["List-Id: Boletin <boletin.plataforma-voluntariado.example>",
             "List-Unsubscribe: <mailto:baja@plataforma-voluntariado.example>",
             "Precedence: bulk"])

add("es-41-rebote", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", None,
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
